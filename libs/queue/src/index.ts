export * from './job-catalogue';
export * from './job-producer.service';
export * from './job-handler';
export * from './queue.module';
export * from './redis-connection';
