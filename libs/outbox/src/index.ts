export * from './outbox-events';
export * from './outbox-writer';
export * from './outbox-relay';
export * from './outbox.module';
export * from './outbox.reader';
