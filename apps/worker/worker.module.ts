import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@navet/config';
import { dataSourceOptions } from '@navet/database';
import { OutboxModule, OutboxRelay } from '@navet/outbox';
import { JOB_HANDLERS, JobHandler, QueueModule } from '@navet/queue';
import { ReferenceModule } from '@navet/reference';
import { SEARCH_JOB_HANDLERS, SearchIndexingModule } from '@navet/search';
import { MATCHING_JOB_HANDLERS, MatchingJobsModule } from '@navet/matching';
import { NOTIFICATION_JOB_HANDLERS, NotificationsJobsModule } from '@navet/notifications';
import { DIALOGUE_JOB_HANDLERS, DialogueJobsModule } from '@navet/dialogue';
import { PRIVACY_JOB_HANDLERS, PrivacyJobsModule } from '@navet/privacy';
import { IDENTITY_JOB_HANDLERS, IdentityJobsModule } from '@navet/identity';
import { ALL_ENTITIES } from '../entities';
import { loggerOptions } from '../logging';
import { JobRunner } from './job-runner.service';
import { OutboxRelayLoop } from './outbox-relay-loop.service';
import { Schedules } from './schedules.service';

/** Every handler class; JobRunner refuses to start unless each catalogue job has exactly one. */
const HANDLER_CLASSES = [
  ...SEARCH_JOB_HANDLERS,
  ...MATCHING_JOB_HANDLERS,
  ...NOTIFICATION_JOB_HANDLERS,
  ...DIALOGUE_JOB_HANDLERS,
  ...PRIVACY_JOB_HANDLERS,
  ...IDENTITY_JOB_HANDLERS,
];

/** The worker process: outbox relay, queue workers and schedules; no GraphQL. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, options: { relay?: boolean; schedules?: boolean } = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config, 'worker')),
        TypeOrmModule.forRoot(dataSourceOptions(config.database.url, ALL_ENTITIES)),
        ReferenceModule,
        QueueModule,
        OutboxModule,
        SearchIndexingModule,
        MatchingJobsModule,
        NotificationsJobsModule,
        DialogueJobsModule,
        PrivacyJobsModule,
        IdentityJobsModule,
      ],
      providers: [
        OutboxRelay,
        { provide: JOB_HANDLERS, useFactory: (...handlers: JobHandler[]) => handlers, inject: [...HANDLER_CLASSES] },
        JobRunner,
        ...(options.relay === false ? [] : [OutboxRelayLoop]),
        ...(options.schedules === false ? [] : [Schedules]),
      ],
      exports: [OutboxRelay],
    };
  }
}
