import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@navet/config';
import { inTransaction } from '@navet/database';
import type { JobHandler } from '@navet/queue';
import { expireUnconfirmedAccounts } from '../persistence/email-confirmation.store';

/** Scheduled by the worker: removes accounts never confirmed within UNCONFIRMED_ACCOUNT_DAYS. Safe to run twice. */
@Injectable()
export class ExpireUnconfirmedAccountsHandler implements JobHandler<'identity.expire-unconfirmed-accounts'> {
  readonly jobName = 'identity.expire-unconfirmed-accounts' as const;
  private readonly logger = new Logger(ExpireUnconfirmedAccountsHandler.name);

  constructor(
    private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'auth'>,
  ) {}

  async handle(): Promise<void> {
    const outcome = await inTransaction(this.ds, (em) =>
      expireUnconfirmedAccounts(em, new Date(), this.config.auth.unconfirmedAccountDays),
    );
    if (outcome.deletedUsers + outcome.kept > 0) this.logger.log(outcome, 'unconfirmed accounts expired');
  }
}
