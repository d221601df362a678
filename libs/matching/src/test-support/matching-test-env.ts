import { DataSource } from 'typeorm';
import type { Actor } from '@navet/identity';
import { OutboxModule, OutboxRelay } from '@navet/outbox';
import { QueueModule } from '@navet/queue';
import { ReferenceModule } from '@navet/reference';
import { IndexNeedHandler, IndexSupplierHandler, MeiliClient, SearchIndexingModule } from '@navet/search';
import {
  createModuleTestEnv,
  insertNeed,
  insertSupplierProfile,
  ModuleTestEnv,
  NeedOverrides,
  SupplierProfileOverrides,
} from '@navet/testing';
import { MatchingJobsModule } from '../matching-jobs.module';

/** The matching jobs with search indexing, as the worker wires them, on isolated services. */
export interface MatchingTestEnv extends ModuleTestEnv {
  meili: MeiliClient;
}

export async function createMatchingTestEnv(): Promise<MatchingTestEnv> {
  // Tests relay the outbox themselves (env.app.get(OutboxRelay).drain()); no worker runs the jobs.
  const env = await createModuleTestEnv(
    [ReferenceModule, OutboxModule, QueueModule, SearchIndexingModule, MatchingJobsModule],
    {},
    [OutboxRelay],
  );
  return { ...env, meili: env.app.get(MeiliClient) };
}

export type NeedSeed = NeedOverrides & Required<Pick<NeedOverrides, 'title' | 'cpvCodes' | 'regionCodes'>>;

/** A need whose summary and description repeat its title unless given, indexed (the index keeps published needs only). */
export async function seedNeed(env: ModuleTestEnv, buyer: Actor, n: NeedSeed): Promise<string> {
  const id = await insertNeed(env.ds, buyer, {
    ...n,
    summary: n.summary ?? n.title,
    description: n.description ?? n.title,
    focusAreas: n.focusAreas ?? [],
  });
  await env.app.get(IndexNeedHandler).handle({ needId: id });
  return id;
}

export type ProfileSeed = SupplierProfileOverrides &
  Required<Pick<SupplierProfileOverrides, 'headline' | 'cpvCodes' | 'regionCodes'>>;

/** A supplier profile described by its headline unless told, indexed (the index keeps discoverable profiles only). */
export async function seedProfile(env: ModuleTestEnv, supplier: Actor, p: ProfileSeed): Promise<string> {
  const id = await insertSupplierProfile(env.ds, supplier, {
    ...p,
    description: p.description ?? p.headline,
    contactEmail: p.contactEmail ?? 'kontakt@example.test',
  });
  await env.app.get(IndexSupplierHandler).handle({ supplierId: id });
  return id;
}

export async function outboxCount(ds: DataSource, type: string): Promise<number> {
  const rows: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE event_type = $1`, [type]);
  return rows[0].n;
}

export async function outboxPayloads(ds: DataSource, type: string): Promise<Record<string, string>[]> {
  const rows: { payload: Record<string, string> }[] = await ds.query(
    `SELECT payload FROM outbox WHERE event_type = $1 ORDER BY id`,
    [type],
  );
  return rows.map((r) => r.payload);
}

/** Resolves with the DomainError code (and field) of a rejected call. */
export async function failure(p: Promise<unknown>): Promise<{ code?: string; field?: string }> {
  try {
    await p;
  } catch (e) {
    return { code: (e as { code?: string }).code, field: (e as { field?: string }).field };
  }
  throw new Error('expected the call to fail');
}
