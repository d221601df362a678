import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@navet/core';
import { confirmationUrl } from '@navet/identity';
import { NOTIFICATION_TYPES, type NotificationType } from './notification';
import { appLink, type LinkSide, notificationPath, sideOf } from './notification-links';
import { passwordResetUrl } from './password-reset-email';

const N = 'need-1';
const M = 'match-1';
const D = 'dialogue-1';
const at = (type: NotificationType, side: LinkSide, dialogueId: string | null = null) =>
  notificationPath({ type, needId: N, matchId: M, dialogueId }, side);

describe('notification links: the web app screen for the recipient', () => {
  it.each<[NotificationType, LinkSide, string]>([
    ['NEW_MATCH', 'SUPPLIER', `/supplier/matches/${M}`],
    ['BUYER_INVITED', 'SUPPLIER', `/supplier/matches/${M}`],
    ['SUPPLIER_INTERESTED', 'BUYER', `/buyer/needs/${N}`],
    ['CONNECTED', 'SUPPLIER', `/supplier/matches/${M}`],
    ['CONNECTED', 'BUYER', `/buyer/needs/${N}`],
    ['MATCH_DECLINED', 'SUPPLIER', `/supplier/matches/${M}`],
    ['MATCH_DECLINED', 'BUYER', `/buyer/needs/${N}`],
    ['SAVED_SEARCH_HIT', 'SUPPLIER', `/needs/${N}`],
    ['CLARIFICATION_PUBLISHED', 'SUPPLIER', `/needs/${N}`],
    ['SIMILAR_NEED_FOUND', 'BUYER', `/needs/${N}`],
    ['QUESTION_ASKED', 'BUYER', `/buyer/needs/${N}`],
    ['BUYER_GROUP_PROPOSED', 'BUYER', '/buyer/groups'],
    ['BUYER_GROUP_ANSWERED', 'BUYER', '/buyer/groups'],
    ['WEBHOOK_DISABLED', 'SUPPLIER', '/inbox/settings'],
    ['WEBHOOK_DISABLED', 'BUYER', '/inbox/settings'],
  ])('%s for a %s opens %s', (type, side, path) => {
    expect(at(type, side)).toBe(path);
  });

  it('opens the dialogue of a DIALOGUE_MESSAGE, or its side of the match when the dialogue is unknown', () => {
    expect(at('DIALOGUE_MESSAGE', 'BUYER', D)).toBe(`/dialogues/${D}`);
    expect(at('DIALOGUE_MESSAGE', 'SUPPLIER', D)).toBe(`/dialogues/${D}`);
    expect(at('DIALOGUE_MESSAGE', 'SUPPLIER')).toBe(`/supplier/matches/${M}`);
    expect(at('DIALOGUE_MESSAGE', 'BUYER')).toBe(`/buyer/needs/${N}`);
  });

  it('a one-sided type goes to its side whatever the reader (an admin, a webhook of unknown kind)', () => {
    expect(at('NEW_MATCH', null)).toBe(`/supplier/matches/${M}`);
    expect(at('SUPPLIER_INTERESTED', null)).toBe(`/buyer/needs/${N}`);
    expect(at('CONNECTED', null)).toBe(`/needs/${N}`);
  });

  it('falls back to the notification list when the ids it needs are missing', () => {
    expect(notificationPath({ type: 'NEW_MATCH', needId: null, matchId: null }, 'SUPPLIER')).toBe('/inbox/notifications');
    expect(notificationPath({ type: 'SAVED_SEARCH_HIT', needId: null, matchId: null }, 'SUPPLIER')).toBe('/inbox/notifications');
  });

  it('encodes ids as path segments and joins the public URL', () => {
    expect(notificationPath({ type: 'SAVED_SEARCH_HIT', needId: 'a/b?c', matchId: null }, 'SUPPLIER')).toBe('/needs/a%2Fb%3Fc');
    expect(appLink('https://navet.example/', '/needs/x')).toBe('https://navet.example/needs/x');
  });

  it('knows the sides of roles and organization kinds', () => {
    expect([
      sideOf('BUYER'),
      sideOf('PUBLIC_BUYER'),
      sideOf('SUPPLIER'),
      sideOf('ADMIN'),
      sideOf('PLATFORM'),
      sideOf(null),
    ]).toEqual(['BUYER', 'BUYER', 'SUPPLIER', null, null, null]);
  });
});

/** The route patterns apps/web/src/app/paths.ts declares: literals, and templates with `${…}` as `:id`. */
function webAppPatterns(): Set<string> {
  const source = readFileSync(join(projectRoot(), 'apps/web/src/app/paths.ts'), 'utf8');
  const body = source.slice(source.indexOf('export const paths'), source.indexOf('} as const'));
  const patterns = new Set<string>();
  for (const m of body.matchAll(/:\s*'(\/[^']*)'/g)) patterns.add(m[1]!);
  for (const m of body.matchAll(/`(\/[^`]*)`/g)) patterns.add(m[1]!.replace(/\$\{[^}]*\}/g, ':id'));
  return patterns;
}

/** An emitted link as a pattern: the ids replaced by `:id`, the query string dropped. */
const patternOf = (path: string, ids: readonly string[]): string =>
  path
    .split('?')[0]!
    .split('/')
    .map((s) => (ids.includes(s) ? ':id' : s))
    .join('/');

describe('notification links: every link the API sends is a route of the web app (apps/web/src/app/paths.ts)', () => {
  const patterns = webAppPatterns();

  it('reads the web app paths', () => {
    expect(patterns).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    expect([...patterns]).toEqual(expect.arrayContaining(['/needs/:id', '/supplier/matches/:id', '/inbox/notifications']));
  });

  it('has a route for every notification type × side × dialogue known or not', () => {
    const emitted = new Set<string>();
    for (const type of NOTIFICATION_TYPES)
      for (const side of ['BUYER', 'SUPPLIER', null] as const)
        for (const dialogueId of [D, null]) {
          emitted.add(patternOf(at(type, side, dialogueId), [N, M, D]));
          emitted.add(patternOf(notificationPath({ type, needId: null, matchId: null }, side), []));
        }
    const missing = [...emitted].filter((p) => !patterns.has(p));
    expect(missing).toEqual([]);
    expect(emitted.size).toBeGreaterThanOrEqual(7);
  });

  it('has the screens of the confirmation and password reset links', () => {
    const base = 'https://navet.example';
    for (const url of [confirmationUrl(base, 'T'), passwordResetUrl(base, 'T')]) {
      const u = new URL(url);
      expect(u.searchParams.get('token')).toBe('T');
      expect(patterns.has(u.pathname)).toBe(true);
    }
  });
});
