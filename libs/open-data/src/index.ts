export * from './domain/ocds-release';
export * from './domain/ocds-feed-query';
export * from './open-data.service';
export * from './open-data.module';
export * from './domain/innovation-funnel';
export * from './innovation-funnel.service';
