import { describe, expect, it } from 'vitest';
import { notificationLink } from './notification-link';

describe('notification links', () => {
  it('opens a supplier’s match and a buyer’s need', () => {
    expect(notificationLink({ type: 'NEW_MATCH', matchId: 'm1', needId: 'n1' }, 'SUPPLIER')).toBe('/supplier/matches/m1');
    expect(notificationLink({ type: 'SUPPLIER_INTERESTED', matchId: 'm1', needId: 'n1' }, 'BUYER')).toBe('/buyer/needs/n1');
  });
  it('sends dialogue messages to the dialogues and a disabled webhook to the settings', () => {
    expect(notificationLink({ type: 'DIALOGUE_MESSAGE', needId: 'n1' }, 'SUPPLIER')).toBe('/dialogues');
    expect(notificationLink({ type: 'WEBHOOK_DISABLED' }, 'BUYER')).toBe('/inbox/settings');
  });
  it('falls back to the public need, or nothing', () => {
    expect(notificationLink({ type: 'SAVED_SEARCH_HIT', needId: 'n 2' }, 'SUPPLIER')).toBe('/needs/n%202');
    expect(notificationLink({ type: 'BUYER_GROUP_ANSWERED' }, 'ADMIN')).toBeNull();
  });
});
