import { newId } from '@navet/core';
import { createModuleTestEnv, insertOrganization, ModuleTestEnv } from '@navet/testing';
import { closedChange, draftState, publishedState } from './domain/need-lifecycle';
import { needVersionsAfter } from './persistence/need-version.reader';
import { NeedBulkRow, writeNeeds } from './persistence/need-bulk.writer';

// Creating and migrating a database takes longer than Jest's 5 s default; this only bounds a hang.
jest.setTimeout(60_000);

let env: ModuleTestEnv;

beforeAll(async () => {
  env = await createModuleTestEnv([]);
});

afterAll(() => env?.close());

const fields = (title: string) => ({
  title,
  summary: 'Sammanfattning',
  description: 'Beskrivning',
  desiredOutcomes: [],
  language: 'sv',
  cpvCodes: ['34144900-7'],
  regionCodes: ['SE110'],
  focusAreas: [],
  readiness: 'MARKET_READY' as const,
  estimatedValueSek: 1000,
  dialogueDeadline: null,
});

describe('need version snapshots written by the bulk writer', () => {
  it('records each public version of an imported need once, never a draft, and a re-import as a new version', async () => {
    const org = await insertOrganization(env.ds, { name: 'Importkommunen' });
    const now = new Date();
    const row = (title: string, state: NeedBulkRow['state'], ref: string): NeedBulkRow => ({
      id: newId(),
      buyerOrganizationId: org,
      createdByUserId: null,
      fields: fields(title),
      state,
      sourceRef: ref,
    });
    await writeNeeds(env.ds, [row('Utkast', draftState(), 'import:a'), row('Publicerat', publishedState(now), 'import:b')], now);
    // The draft is published by a re-import, the published need changed by one; versions 2 of both.
    await writeNeeds(
      env.ds,
      [row('Utkast publicerat', publishedState(now), 'import:a'), row('Ändrat', publishedState(now), 'import:b')],
      now,
    );
    // A closed need is never re-imported: no new version.
    await writeNeeds(env.ds, [row('Stängt', { ...publishedState(now), ...closedChange(now) }, 'import:c')], now);
    await writeNeeds(env.ds, [row('Stängt igen', publishedState(now), 'import:c')], now);
    const versions = await needVersionsAfter(env.ds, { since: null, after: null, limit: 100 });
    expect(versions.map((v) => [v.title, v.version, v.status, v.first, v.estimatedValueSek])).toEqual(
      expect.arrayContaining([
        ['Publicerat', 1, 'PUBLISHED', true, 1000],
        ['Utkast publicerat', 2, 'PUBLISHED', true, 1000],
        ['Ändrat', 2, 'PUBLISHED', false, 1000],
        ['Stängt', 1, 'CLOSED', true, 1000],
      ]),
    );
    expect(versions).toHaveLength(4);
    // Keyset paging: after the first version come the other three.
    const [head] = versions;
    expect(await needVersionsAfter(env.ds, { since: null, after: head!, limit: 100 })).toHaveLength(3);
  });
});
