export * from './outbox-events';
export * from './outbox.writer';
export * from './outbox-relay.service';
export * from './outbox.module';
export * from './outbox.reader';
