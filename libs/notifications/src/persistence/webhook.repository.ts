import { changedRows, Db, selectRows } from './sql';

export interface WebhookRow {
  organizationId: string;
  url: string | null;
  secret: string;
  consecutiveFailures: number;
  disabledAt: Date | null;
}

const COLUMNS = `organization_id AS "organizationId", url, secret, consecutive_failures AS "consecutiveFailures", disabled_at AS "disabledAt"`;

export async function readWebhook(db: Db, organizationId: string): Promise<WebhookRow | null> {
  const [row] = await selectRows<WebhookRow>(db, `SELECT ${COLUMNS} FROM organization_webhooks WHERE organization_id = $1`, [
    organizationId,
  ]);
  return row ?? null;
}

/** Organizations among these whose webhook would receive events now. */
export async function activeWebhookOrganizations(db: Db, organizationIds: readonly string[]): Promise<Set<string>> {
  if (!organizationIds.length) return new Set();
  const rows = await selectRows<{ organizationId: string }>(
    db,
    `SELECT organization_id AS "organizationId" FROM organization_webhooks
     WHERE organization_id = ANY($1::uuid[]) AND url IS NOT NULL AND disabled_at IS NULL`,
    [organizationIds],
  );
  return new Set(rows.map((r) => r.organizationId));
}

/** Sets or clears the URL; a new URL re-enables a disabled webhook and forgets past failures. */
export async function saveWebhookUrl(
  db: Db,
  organizationId: string,
  url: string | null,
  newSecret: string,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO organization_webhooks (organization_id, url, secret, consecutive_failures, disabled_at, updated_at)
     VALUES ($1, $2, $3, 0, NULL, $4)
     ON CONFLICT (organization_id) DO UPDATE SET url = EXCLUDED.url, consecutive_failures = 0, disabled_at = NULL, updated_at = EXCLUDED.updated_at`,
    [organizationId, url, newSecret, now],
  );
}

export async function saveWebhookSecret(db: Db, organizationId: string, secret: string, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO organization_webhooks (organization_id, url, secret, updated_at) VALUES ($1, NULL, $2, $3)
     ON CONFLICT (organization_id) DO UPDATE SET secret = EXCLUDED.secret, updated_at = EXCLUDED.updated_at`,
    [organizationId, secret, now],
  );
}

export async function resetWebhookFailures(db: Db, organizationId: string): Promise<void> {
  await changedRows(
    db,
    `UPDATE organization_webhooks SET consecutive_failures = 0 WHERE organization_id = $1 AND consecutive_failures <> 0 RETURNING 1`,
    [organizationId],
  );
}

/** Counts one finally failed delivery; returns the new count and whether the webhook was already disabled. */
export async function countWebhookFailure(
  db: Db,
  organizationId: string,
  now: Date,
): Promise<{ failures: number; disabledAt: Date | null } | null> {
  const [row] = await changedRows<{
    failures: number;
    disabledAt: Date | null;
  }>(
    db,
    `UPDATE organization_webhooks SET consecutive_failures = consecutive_failures + 1, updated_at = $2
     WHERE organization_id = $1 RETURNING consecutive_failures AS failures, disabled_at AS "disabledAt"`,
    [organizationId, now],
  );
  return row ?? null;
}

export async function disableWebhook(db: Db, organizationId: string, now: Date): Promise<void> {
  await changedRows(
    db,
    `UPDATE organization_webhooks SET disabled_at = $2 WHERE organization_id = $1 AND disabled_at IS NULL RETURNING 1`,
    [organizationId, now],
  );
}
