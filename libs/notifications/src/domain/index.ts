export * from './notification';
export * from './daily-cap';
export * from './notification-texts';
export * from './match-event-plan';
export * from './webhook-signature';
export * from './ip-address';
export * from './webhook-url';
export * from './email-content';
