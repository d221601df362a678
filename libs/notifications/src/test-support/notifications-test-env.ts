import { OutboxModule, OutboxRelay } from '@navet/outbox';
import { QueueModule } from '@navet/queue';
import { ReferenceModule } from '@navet/reference';
import { createModuleTestEnv, ModuleTestEnv } from '@navet/testing';
import { NotificationsJobsModule } from '../notifications-jobs.module';
import { NotificationsModule } from '../notifications.module';

export type NotificationsTestEnv = ModuleTestEnv;

/**
 * Both notification modules wired as the API and the worker use them, with the outbox relay, on
 * isolated services. Tests relay the outbox themselves (env.app.get(OutboxRelay).drain()); no
 * worker runs the jobs. `env` adds or overrides variables.
 */
export function startNotificationsTestEnv(env: Record<string, string | undefined>): Promise<NotificationsTestEnv> {
  return createModuleTestEnv(
    [ReferenceModule, QueueModule, OutboxModule, NotificationsModule, NotificationsJobsModule],
    { NAVET_PUBLIC_URL: 'https://navet.test', ...env },
    [OutboxRelay],
  );
}
