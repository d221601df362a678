import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Account abuse (issue 11 §2): confirmed e-mail addresses, and Swedish organization numbers in one
 * spelling (NNNNNN-NNNN) so the unique index organizations_number_uq catches "5591757082" next to
 * "559175-7082".
 *
 * Users that exist already count as confirmed: they signed up before confirmation existed, and the
 * expiry of unconfirmed accounts must not remove them. Only the SHA-256 of a confirmation token is
 * stored; the token itself exists only in the e-mail.
 */
export class AccountAbuse1765300000000 implements MigrationInterface {
  name = 'AccountAbuse1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN email_confirmed_at timestamptz,
        ADD COLUMN email_confirmation_hash text;
      UPDATE users SET email_confirmed_at = created_at;
      CREATE UNIQUE INDEX users_email_confirmation_hash_uq ON users (email_confirmation_hash)
        WHERE email_confirmation_hash IS NOT NULL;
      CREATE INDEX users_unconfirmed_idx ON users (created_at) WHERE email_confirmed_at IS NULL;
    `);
    await normaliseSwedishNumbers(q);
  }

  async down(q: QueryRunner): Promise<void> {
    // Normalised numbers stay: they are valid spellings of the same numbers.
    await q.query(`
      DROP INDEX users_unconfirmed_idx;
      DROP INDEX users_email_confirmation_hash_uq;
      ALTER TABLE users DROP COLUMN email_confirmation_hash, DROP COLUMN email_confirmed_at;
    `);
  }
}

/**
 * Oldest first, so the first registrant keeps a number. A later organization holding another
 * spelling of a number already taken loses it (null: an admin can set it again); a number whose
 * check digit is wrong is left as it is. A frozen copy of the rule in libs/identity, as a
 * migration must not change when the live code does.
 */
async function normaliseSwedishNumbers(q: QueryRunner): Promise<void> {
  const rows: { id: string; n: string }[] = await q.query(
    `SELECT id, organization_number AS n FROM organizations
      WHERE country_code = 'SE' AND organization_number IS NOT NULL ORDER BY created_at, id`,
  );
  const taken = new Set<string>();
  const changes: { id: string; n: string | null }[] = [];
  for (const r of rows) {
    const normal = swedishSpelling(r.n);
    if (normal === null) {
      taken.add(r.n);
      continue;
    }
    const value = taken.has(normal) ? null : normal;
    if (value) taken.add(value);
    if (value !== r.n) changes.push({ id: r.id, n: value });
  }
  if (changes.length === 0) return;
  // Two steps: a row's new spelling may be another row's current one until that row is changed too.
  await q.query(`UPDATE organizations SET organization_number = NULL WHERE id = ANY($1::uuid[])`, [changes.map((c) => c.id)]);
  await q.query(
    `UPDATE organizations o SET organization_number = v.n, updated_at = now()
       FROM unnest($1::uuid[], $2::text[]) AS v(id, n) WHERE o.id = v.id`,
    [changes.map((c) => c.id), changes.map((c) => c.n)],
  );
}

function swedishSpelling(raw: string): string | null {
  let d = raw.toUpperCase().replace(/[\s.\-/]/g, '');
  if (/^SE\d{10}01$/.test(d)) d = d.slice(2, 12);
  else if (/^(16|19|20)\d{10}$/.test(d)) d = d.slice(2);
  if (!/^\d{10}$/.test(d)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let x = Number(d[i]) * (i % 2 === 0 ? 2 : 1);
    if (x > 9) x -= 9;
    sum += x;
  }
  if ((10 - (sum % 10)) % 10 !== Number(d[9])) return null;
  return `${d.slice(0, 6)}-${d.slice(6)}`;
}
