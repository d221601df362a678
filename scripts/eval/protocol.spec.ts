import { createHash } from 'node:crypto';
import type { EvalNotice } from './notices';
import { awardNotices, buildFold, noticeFold, onlyCountry, supplierIdentity, winnerIdentities } from './protocol';

const notice = (id: string, winners: EvalNotice['suppliers_detail'], extra: Partial<EvalNotice> = {}): EvalNotice => ({
  id,
  language: 'en',
  title: `Title ${id}`,
  description: `Description ${id}`,
  cpv: ['72000000-5'],
  buyer_country: 'SE',
  suppliers_detail: winners,
  ...extra,
});

/** Notice ids whose sha1 ends in an even / odd hex digit, found rather than hard-coded. */
function idsInFold(fold: 0 | 1, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < count; i++) {
    const id = `N-${i}`;
    if (parseInt(createHash('sha1').update(id).digest('hex').slice(-1), 16) % 2 === fold) out.push(id);
  }
  return out;
}

describe('supplier identity', () => {
  it('is country and national id, white space removed and upper-cased', () => {
    expect(supplierIdentity({ country: 'se', national_id: ' 556 012-3456 ', name: 'Acme AB' })).toBe('SE:556012-3456');
  });

  it('falls back to the name when the national id is missing or blank', () => {
    expect(supplierIdentity({ country: 'DE', national_id: null, name: 'Müller  Bau GmbH' })).toBe('DE:MÜLLERBAUGMBH');
    expect(supplierIdentity({ country: 'DE', national_id: '  ', name: 'x y' })).toBe('DE:XY');
  });

  it('is null when neither national id nor name is given', () => {
    expect(supplierIdentity({ country: 'FI', national_id: '', name: null })).toBeNull();
  });

  it('lists each winner of a notice once', () => {
    const n = notice('a', [
      { name: 'A', country: 'SE', national_id: '1' },
      { name: 'A again', country: 'SE', national_id: '1' },
      { name: 'B', country: 'NO', national_id: null },
    ]);
    expect(winnerIdentities(n)).toEqual(['SE:1', 'NO:B']);
  });
});

describe('folds', () => {
  it('takes the last hex digit of sha1(id) modulo 2', () => {
    // sha1("abc") = a9993e36...9cd0d89d: last digit d = 13 -> fold 1.
    expect(noticeFold('abc')).toBe(1);
    // sha1("TED-1") ends in an even digit or an odd one; the rule decides, not the id.
    const last = parseInt(createHash('sha1').update('TED-1', 'utf8').digest('hex').slice(-1), 16);
    expect(noticeFold('TED-1')).toBe(last % 2);
  });

  it('hashes the id as UTF-8', () => {
    const id = 'TED-åäö';
    const last = parseInt(createHash('sha1').update(Buffer.from(id, 'utf8')).digest('hex').slice(-1), 16);
    expect(noticeFold(id)).toBe(last % 2);
  });
});

describe('buildFold', () => {
  const [q1, q2, q3] = idsInFold(0, 3);
  const [t1, t2] = idsInFold(1, 2);
  const acme = { name: 'Acme', country: 'SE', national_id: '1', nuts: 'SE110' };
  const beta = { name: 'Beta', country: 'SE', national_id: '2', nuts: 'SE232' };
  const gamma = { name: 'Gamma', country: 'DK', national_id: '3', nuts: 'DK01' };
  const notices = [
    notice(t1!, [acme, beta]),
    notice(t2!, [acme]),
    notice(q1!, [acme, gamma]),
    notice(q2!, [gamma]),
    notice(q3!, [beta], { buyer_country: 'DK' }),
    notice('no-award', []),
  ];

  it('keeps only notices with awarded suppliers', () => {
    expect(awardNotices(notices).map((n) => n.id)).not.toContain('no-award');
  });

  it('builds the pool from the other fold and profiles from train awards only', () => {
    const f = buildFold(awardNotices(notices), 0);
    expect(f.pool.map((s) => s.identity)).toEqual(['SE:1', 'SE:2']);
    expect(f.pool[0]!.awards.map((n) => n.id)).toEqual([t1, t2]);
    expect(f.pool.flatMap((s) => s.awards).every((n) => noticeFold(n.id) === 1)).toBe(true);
  });

  it('queries are notices of the fold with a winner in the pool; relevant are those winners', () => {
    const f = buildFold(awardNotices(notices), 0);
    expect(f.queries.map((q) => q.notice.id)).toEqual([q1, q3]);
    expect(f.queries[0]!.relevant).toEqual(['SE:1']);
  });

  it('--only-country filters queries by buyer country and keeps the pool whole', () => {
    const f = onlyCountry(buildFold(awardNotices(notices), 0), 'dk');
    expect(f.queries.map((q) => q.notice.id)).toEqual([q3]);
    expect(f.pool).toHaveLength(2);
  });
});
