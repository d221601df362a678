import { JobPriority, MatchEventName } from '@navet/queue';
import { OutboxEventCatalogue, OutboxEventType, parseStoredEvent, routeEvent, routeEvents, StoredEventOf } from './outbox-events';

interface Meta {
  id: string;
  priority: number;
  createdAt: Date;
}
const meta = (over: Partial<Meta> = {}): Meta => ({
  id: '42',
  priority: JobPriority.Interactive,
  createdAt: new Date('2026-11-21T06:00:00.000Z'),
  ...over,
});
const stored = <T extends OutboxEventType>(
  type: T,
  payload: OutboxEventCatalogue[T],
  over: Partial<Meta> = {},
): StoredEventOf<T> => ({
  ...meta(over),
  type,
  payload,
});
const event = (over: Partial<Meta> = {}) => stored('need.published', { needId: 'n1' }, over);

describe('routeEvent', () => {
  it('sends a published need to indexing, saved-search alerts and similar-need alerts, and matches it once indexed', () => {
    expect(routeEvent(event()).map((j) => [j.name, j.payload])).toEqual([
      ['search.index-need', { needId: 'n1' }],
      ['notifications.saved-search-hits', { needId: 'n1' }],
      ['notifications.plan-similar-needs', { needId: 'n1' }],
    ]);
    expect(routeEvent(stored('need.updated', { needId: 'n1' })).map((j) => j.name)).toEqual(['search.index-need']);
    expect(routeEvent(stored('need.indexed', { needId: 'n1' })).map((j) => [j.name, j.payload])).toEqual([
      ['matching.compute-for-need', { needId: 'n1' }],
    ]);
  });

  it('matches bulk needs beside their batch indexing (batches announce nothing)', () => {
    for (const type of ['need.published', 'need.updated'] as const) {
      expect(routeEvent(stored(type, { needId: 'n1' }, { priority: JobPriority.Bulk })).map((j) => j.name)).toContain(
        'matching.compute-for-need',
      );
    }
  });

  it('tells no buyer of similar needs for bulk publishing (seeding, imports)', () => {
    const names = routeEvent(event({ priority: JobPriority.Bulk })).map((j) => j.name);
    expect(names).not.toContain('notifications.plan-similar-needs');
  });

  it('lets the pool hand-over match a need published in bulk (the matcher decides whether one is coming)', () => {
    const compute = (priority: JobPriority) =>
      routeEvent(event({ priority })).find((j) => j.name === 'matching.compute-for-need')?.payload;
    expect(compute(JobPriority.Bulk)).toEqual({ needId: 'n1', bulkPublished: true });
    // A user's need is matched once its document is searchable (need.indexed), not beside its indexing.
    expect(compute(JobPriority.Interactive)).toBeUndefined();
  });

  it('e-mails a registered user the confirmation link, by id only', () => {
    expect(routeEvent(stored('user.registered', { userId: 'u1' })).map((j) => [j.name, j.payload])).toEqual([
      ['notifications.send-email-confirmation', { userId: 'u1' }],
    ]);
    expect(() => parseStoredEvent({ ...meta(), type: 'user.registered', payload: { email: 'a@b.se' } })).toThrow();
  });

  it('routes buyer-group proposals and answers to one planning job', () => {
    for (const type of ['buyer-group.proposed', 'buyer-group.answered'] as const) {
      expect(routeEvent(stored(type, { proposalId: 'p1' })).map((j) => [j.name, j.payload])).toEqual([
        ['notifications.plan-buyer-group-proposal', { proposalId: 'p1' }],
      ]);
    }
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
    expect(routeEvent(stored('supplier.updated', { supplierId: 's1' })).map((j) => j.name)).toEqual(['search.index-supplier']);
    expect(routeEvent(stored('supplier.indexed', { supplierId: 's1' })).map((j) => j.name)).toEqual([
      'matching.compute-for-supplier',
    ]);
  });

  it('keeps bulk work at bulk priority', () => {
    expect(routeEvent(event({ priority: JobPriority.Bulk })).every((j) => j.priority === JobPriority.Bulk)).toBe(true);
  });

  it('opens the dialogue of a connected match, and tells the other side of a decline or a dialogue message', () => {
    const names = (e: ReturnType<typeof routeEvent>) => e.map((j) => [j.name, j.payload]);
    expect(names(routeEvent(stored('match.connected', { matchId: 'm1' })))).toEqual([
      ['notifications.plan-match-event', { matchId: 'm1', event: 'match.connected' }],
      ['dialogue.open-for-match', { matchId: 'm1' }],
    ]);
    expect(names(routeEvent(stored('match.declined', { matchId: 'm1' })))).toEqual([
      ['notifications.plan-match-declined', { matchId: 'm1' }],
    ]);
    expect(names(routeEvent(stored('dialogue.message-sent', { messageId: 'x1' })))).toEqual([
      ['notifications.plan-dialogue-message', { messageId: 'x1' }],
    ]);
  });

  it('sends each match event to the notification planner, naming the event', () => {
    const plan = (type: MatchEventName) => routeEvent(stored(type, { matchId: 'm1' }))[0]!;
    for (const type of ['match.suggested', 'match.interest-expressed', 'match.invited', 'match.connected'] as const) {
      expect([plan(type).name, plan(type).payload]).toEqual(['notifications.plan-match-event', { matchId: 'm1', event: type }]);
    }
  });

  it('sends a requested need or profile computation to the matcher under a job id of its cause, never batched', () => {
    const need = routeEvent(stored('need.compute-requested', { needId: 'n1', cause: 'v3' }, { priority: JobPriority.Bulk }));
    expect(need.map((j) => [j.name, j.payload, j.jobId, j.priority])).toEqual([
      ['matching.compute-for-need', { needId: 'n1' }, 'matching.compute-for-need-n1-v3', JobPriority.Bulk],
    ]);
    const bulkProfiles = routeEvents(
      Array.from({ length: 3 }, (_, i) =>
        stored('supplier.compute-requested', { supplierId: `s${i}`, cause: 'p1' }, { id: String(i), priority: JobPriority.Bulk }),
      ),
    );
    expect(bulkProfiles.map((j) => [j.name, j.jobId])).toEqual(
      [0, 1, 2].map((i) => ['matching.compute-for-supplier', `matching.compute-for-supplier-s${i}-p1`]),
    );
  });

  it('hands noted pool changes over once, debounced, at interactive priority', () => {
    const [job] = routeEvent(stored('pool.changes-noted', { requestId: 'batch-1' }, { priority: JobPriority.Bulk }));
    expect(job).toMatchObject({
      name: 'matching.rematch-pool',
      payload: { requestId: 'batch-1' },
      jobId: 'matching.rematch-pool-batch-1',
      priority: JobPriority.Interactive,
      debounce: { id: 'matching.rematch-pool', ms: expect.any(Number) },
    });
  });

  it('sends a created or stalled delivery, each row under its own job id', () => {
    const created = routeEvent(stored('delivery.created', { deliveryId: 'd1' }, { id: '1' }));
    const stalled = routeEvent(stored('delivery.stalled', { deliveryId: 'd1' }, { id: '2' }));
    expect([...created, ...stalled].map((j) => [j.name, j.payload])).toEqual([
      ['notifications.deliver', { deliveryId: 'd1' }],
      ['notifications.deliver', { deliveryId: 'd1' }],
    ]);
    expect(created[0]!.jobId).not.toBe(stalled[0]!.jobId);
  });

  it('tells of a clarification through one planning job, and of a question through another', () => {
    const c = routeEvent(stored('clarification.published', { clarificationId: 'c1' }));
    expect(c.map((j) => [j.name, j.payload])).toEqual([['notifications.plan-clarification', { clarificationId: 'c1' }]]);
    const q = routeEvent(stored('question.asked', { questionId: 'q1' }));
    expect(q.map((j) => [j.name, j.payload])).toEqual([['notifications.plan-question-asked', { questionId: 'q1' }]]);
  });
});

describe('parseStoredEvent', () => {
  const row = (type: string, payload: unknown) => ({ ...meta(), type, payload });

  it('checks the stored payload against its event type', () => {
    expect(parseStoredEvent(row('need.published', { needId: 'n1' }))).toMatchObject({
      type: 'need.published',
      payload: { needId: 'n1' },
    });
    expect(() => parseStoredEvent(row('need.published', { supplierId: 's1' }))).toThrow();
    expect(() => parseStoredEvent(row('need.compute-requested', { needId: 'n1' }))).toThrow();
    expect(() => parseStoredEvent(row('need.renamed', { needId: 'n1' }))).toThrow('unknown outbox event type');
  });
});

describe('routeEvents', () => {
  const bulkSupplier = (i: number) =>
    stored('supplier.updated', { supplierId: `s${i}` }, { id: String(i), priority: JobPriority.Bulk });

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
      'notifications.saved-search-hits',
      'notifications.plan-similar-needs',
      'search.index-suppliers',
    ]);
  });

  it('notes bulk profile changes for the matcher in batches, and matches interactive ones profile by profile', () => {
    const indexed = (i: number, priority: JobPriority) =>
      stored('supplier.indexed', { supplierId: `s${i}` }, { id: String(i), priority });
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
