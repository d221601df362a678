import { Module } from '@nestjs/common';
import { ExpireUnconfirmedAccountsHandler } from './jobs/expire-unconfirmed-accounts.handler';

/** The worker registers these under JOB_HANDLERS. */
export const IDENTITY_JOB_HANDLERS = [ExpireUnconfirmedAccountsHandler] as const;

/** For the worker: identity's scheduled jobs. Needs the global ConfigModule and a TypeORM DataSource. */
@Module({ providers: [...IDENTITY_JOB_HANDLERS], exports: [...IDENTITY_JOB_HANDLERS] })
export class IdentityJobsModule {}
