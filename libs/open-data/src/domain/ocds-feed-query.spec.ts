import { encodeCursor, parseFeedQuery } from './ocds-feed-query';

const NEED = '5f0c7a52-6a43-4c1e-9a43-6c0b1f3a9e01';

describe('OCDS feed parameters', () => {
  it('defaults to everything, 100 at a time', () => {
    expect(parseFeedQuery({})).toEqual({ ok: true, query: { since: null, after: null, limit: 100 } });
  });

  it('accepts ISO dates and date-times with a zone', () => {
    for (const since of ['2026-12-01', '2026-12-01T08:00:00Z', '2026-12-01T08:00:00.123+01:00', '2026-12-01T08:00Z']) {
      const r = parseFeedQuery({ since });
      expect(r.ok && r.query.since?.getTime()).toBe(Date.parse(since));
    }
  });

  it.each([['yesterday'], ['2026-13-01'], ['2026-12-01T08:00:00'], [''], [['2026-12-01', '2026-12-02']]])(
    'refuses since=%j',
    (since) => {
      expect(parseFeedQuery({ since })).toMatchObject({ ok: false, field: 'since' });
    },
  );

  it('takes limit 1..1000 and refuses anything else', () => {
    expect(parseFeedQuery({ limit: '1' })).toMatchObject({ ok: true, query: { limit: 1 } });
    expect(parseFeedQuery({ limit: '1000' })).toMatchObject({ ok: true, query: { limit: 1000 } });
    for (const limit of ['0', '1001', '-5', '2.5', 'ten', '', ['5', '6']]) {
      expect(parseFeedQuery({ limit })).toMatchObject({ ok: false, field: 'limit' });
    }
  });

  it('round-trips the paging token and refuses forged ones', () => {
    const cursor = { releasedAt: new Date('2026-12-01T09:00:00.123Z'), needId: NEED, version: 3 };
    expect(parseFeedQuery({ after: encodeCursor(cursor) })).toEqual({
      ok: true,
      query: { since: null, after: cursor, limit: 100 },
    });
    const forged = [
      'garbage',
      Buffer.from('[1,2,3]').toString('base64url'),
      Buffer.from(JSON.stringify(['2026-12-01T09:00:00Z', 'not-a-uuid', 3])).toString('base64url'),
      Buffer.from(JSON.stringify(['2026-12-01T09:00:00Z', NEED, 0])).toString('base64url'),
    ];
    for (const after of forged) expect(parseFeedQuery({ after })).toMatchObject({ ok: false, field: 'after' });
  });
});
