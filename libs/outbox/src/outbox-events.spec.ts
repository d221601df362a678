import { JobPriority } from '@navet/queue';
import { routeEvent, routeEvents, StoredOutboxEvent } from './outbox-events';

const event = (over: Partial<StoredOutboxEvent> = {}): StoredOutboxEvent => ({
  id: '42',
  type: 'need.published',
  payload: { needId: 'n1' },
  priority: JobPriority.Interactive,
  createdAt: new Date('2026-11-21T06:00:00.000Z'),
  ...over,
});

describe('routeEvent', () => {
  it('sends a published need to indexing, matching and saved-search alerts', () => {
    expect(routeEvent(event()).map((j) => [j.name, j.payload])).toEqual([
      ['search.index-need', { needId: 'n1' }],
      ['matching.compute-for-need', { needId: 'n1' }],
      ['notifications.saved-search-hits', { needId: 'n1' }],
    ]);
  });

  it('derives the same job ids from the same row, and different ones from a row of another database', () => {
    const a = routeEvent(event()).map((j) => j.jobId);
    expect(routeEvent(event()).map((j) => j.jobId)).toEqual(a);
    expect(a[0]).toBe(`search.index-need-42-${Date.parse('2026-11-21T06:00:00.000Z')}`);
    const sameIdOtherDb = routeEvent(event({ createdAt: new Date('2026-11-22T06:00:00.000Z') })).map((j) => j.jobId);
    expect(sameIdOtherDb.some((id) => a.includes(id))).toBe(false);
    expect(a.every((id) => !id.includes(':'))).toBe(true);
  });

  it('matches a changed profile only after it is indexed', () => {
    expect(routeEvent(event({ type: 'supplier.updated', payload: { supplierId: 's1' } })).map((j) => j.name)).toEqual([
      'search.index-supplier',
    ]);
    expect(routeEvent(event({ type: 'supplier.indexed', payload: { supplierId: 's1' } })).map((j) => j.name)).toEqual([
      'matching.compute-for-supplier',
    ]);
  });

  it('keeps bulk work at bulk priority', () => {
    expect(routeEvent(event({ priority: JobPriority.Bulk })).every((j) => j.priority === JobPriority.Bulk)).toBe(true);
  });

  it('maps each match event to its notification plan', () => {
    const plan = (type: StoredOutboxEvent['type']) => routeEvent(event({ type, payload: { matchId: 'm1' } }))[0]!.payload;
    expect(plan('match.suggested')).toEqual({ matchId: 'm1', event: 'NEW_MATCH' });
    expect(plan('match.interest-expressed')).toEqual({ matchId: 'm1', event: 'SUPPLIER_INTERESTED' });
    expect(plan('match.invited')).toEqual({ matchId: 'm1', event: 'BUYER_INVITED' });
    expect(plan('match.connected')).toEqual({ matchId: 'm1', event: 'CONNECTED' });
  });
});

describe('routeEvents', () => {
  const bulkSupplier = (i: number): StoredOutboxEvent =>
    event({ id: String(i), type: 'supplier.updated', payload: { supplierId: `s${i}` }, priority: JobPriority.Bulk });

  it('groups bulk indexing into batch jobs of at most 500 ids', () => {
    const jobs = routeEvents(Array.from({ length: 1200 }, (_, i) => bulkSupplier(i)));
    expect(jobs.map((j) => [j.name, (j.payload as { supplierIds: string[] }).supplierIds.length])).toEqual([
      ['search.index-suppliers', 500],
      ['search.index-suppliers', 500],
      ['search.index-suppliers', 200],
    ]);
    expect(jobs.every((j) => j.priority === JobPriority.Bulk)).toBe(true);
    expect(new Set(jobs.map((j) => j.jobId)).size).toBe(3);
  });

  it('leaves interactive work single and everything else as routed', () => {
    const jobs = routeEvents([event(), bulkSupplier(7)]);
    expect(jobs.map((j) => j.name)).toEqual([
      'search.index-need',
      'matching.compute-for-need',
      'notifications.saved-search-hits',
      'search.index-suppliers',
    ]);
  });

  it('notes bulk profile changes for the matcher in batches, and matches interactive ones profile by profile', () => {
    const indexed = (i: number, priority: JobPriority) =>
      event({ id: String(i), type: 'supplier.indexed', payload: { supplierId: `s${i}` }, priority });
    const jobs = routeEvents([
      ...Array.from({ length: 800 }, (_, i) => indexed(i, JobPriority.Bulk)),
      indexed(900, JobPriority.Interactive),
    ]);
    expect(jobs.map((j) => j.name)).toEqual(['matching.compute-for-supplier', 'matching.pool-changes', 'matching.pool-changes']);
    expect(jobs[0]!.payload).toEqual({ supplierId: 's900' });
    const [first, second] = jobs.slice(1).map((j) => (j.payload as { supplierIds: string[] }).supplierIds);
    expect([first!.length, second!.length]).toEqual([500, 300]);
    expect(first![0]).toBe('s0');
    // Noting is cheap and must not wait behind the bulk work it plans.
    expect(jobs.slice(1).every((j) => j.priority === JobPriority.Interactive)).toBe(true);
  });
});
