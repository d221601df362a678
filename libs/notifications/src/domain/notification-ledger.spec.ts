import type { NotificationDraft } from './notification';
import { notificationLedgerAppends } from './notification-ledger';

const draft = (over: Partial<NotificationDraft>): NotificationDraft => ({
  userId: 'u1',
  organizationId: 'o1',
  type: 'NEW_MATCH',
  title: 't',
  body: 'b',
  needId: 'n1',
  matchId: 'm1',
  eventKey: 'k',
  capped: true,
  deliver: true,
  webhookData: null,
  ...over,
});

describe('notification ledger entries', () => {
  const at = new Date('2026-12-02T10:00:00Z');

  it('records one entry per need, organization and kind, not per user', () => {
    const appends = notificationLedgerAppends(
      [draft({}), draft({ userId: 'u2' }), draft({ organizationId: 'o2' }), draft({ type: 'SAVED_SEARCH_HIT' })],
      at,
    );
    expect(appends.map((a) => [a.actorOrganizationId, a.action, a.summary])).toEqual([
      ['o1', 'SUPPLIER_NOTIFIED', 'Navet suggested the need to a supplier'],
      ['o2', 'SUPPLIER_NOTIFIED', 'Navet suggested the need to a supplier'],
      ['o1', 'SUPPLIER_NOTIFIED', "The need matched a supplier's saved search"],
    ]);
  });

  it('leaves out notifications that tell nobody about a need', () => {
    expect(
      notificationLedgerAppends([draft({ type: 'CONNECTED' }), draft({ type: 'WEBHOOK_DISABLED', needId: null })], at),
    ).toEqual([]);
  });
});
