import type { ScoreComponent } from '@navet/matching';
import { buyerGroupAnsweredText, buyerGroupProposedText, similarNeedText } from './buyer-group-texts';
import { clarificationText, questionAskedText } from './clarification-texts';
import { dialogueMessageText } from './dialogue-message-plan';
import { digestEmail, notificationEmail } from './email-content';
import { matchDeclinedText } from './match-declined-plan';
import { MatchEventContext, planMatchEvent } from './match-event-plan';
import type { MatchEventKind } from './notification';
import { savedSearchHitText, TextLanguage, webhookDisabledText } from './notification-texts';

/**
 * Template words only one language uses. User content in the fixtures is language-neutral
 * ("X-42", "Acme"), so any of these words in the other language's output is template mixing.
 */
const WORDS: Record<TextLanguage, readonly string[]> = {
  sv: [
    'behovet',
    'behov',
    'matchar',
    'er',
    'ert',
    'poäng',
    'meddelande',
    'från',
    'intresse',
    'inbjudan',
    'bjuder',
    'kontakt',
    'bevakning',
    'fråga',
    'svar',
    'förtydligande',
    'öppna',
    'avsluta',
    'sammanfattning',
    'matchning',
    'matchningar',
    'och',
    'ni',
    'har',
    'som',
    'är',
    'med',
    'för',
    'till',
    'nya',
    'ny',
    'stark',
    'god',
    'möjlig',
    'gemensamma',
    'samma',
    'liknande',
    'avböjd',
    'avböjt',
    'beställargrupp',
    'likhet',
    'avstängd',
    'innehåll',
  ],
  en: [
    'the',
    'need',
    'matches',
    'your',
    'profile',
    'score',
    'message',
    'from',
    'interest',
    'invitation',
    'invites',
    'connected',
    'saved',
    'search',
    'question',
    'answer',
    'clarification',
    'open',
    'unsubscribe',
    'digest',
    'strong',
    'good',
    'possible',
    'match',
    'shared',
    'and',
    'you',
    'with',
    'is',
    'are',
    'declined',
    'buyer',
    'group',
    'similar',
    'similarity',
    'disabled',
    'same',
    'content',
    'more',
    'new',
  ],
};

const MATCH_EVENT_KINDS: readonly MatchEventKind[] = ['NEW_MATCH', 'SUPPLIER_INTERESTED', 'BUYER_INVITED', 'CONNECTED'];

const other = (lang: TextLanguage): TextLanguage => (lang === 'sv' ? 'en' : 'sv');
const words = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

function expectOnly(lang: TextLanguage, ...texts: string[]): void {
  const foreign = new Set(WORDS[other(lang)]);
  const found = texts.flatMap(words).filter((w) => foreign.has(w));
  expect({ lang, found }).toEqual({ lang, found: [] });
}

const components: ScoreComponent[] = [
  { signal: 'TEXT', weight: 0.4, value: 0.9, contribution: 0.36, detail: 'x' },
  { signal: 'CPV', weight: 0.3, value: 1, contribution: 0.3, detail: 'x' },
  { signal: 'REGION', weight: 0.1, value: 1, contribution: 0.1, detail: 'x' },
  { signal: 'FOCUS_AREA', weight: 0.1, value: 1, contribution: 0.1, detail: 'x' },
];
const party = (organizationId: string, name: string) => ({
  organizationId,
  name,
  message: 'X-42',
  users: [
    { userId: `${organizationId}-sv`, preferredLanguage: 'sv' },
    { userId: `${organizationId}-en`, preferredLanguage: 'en' },
  ],
});
const matchCtx = (needLanguage: string, explanation: string): MatchEventContext => ({
  matchId: 'm1',
  needId: 'n1',
  needTitle: 'X-42',
  needLanguage,
  score: 0.7,
  explanation,
  components,
  buyer: party('b', 'Acme'),
  supplier: party('s', 'Acme'),
});

describe('one language per recipient', () => {
  // The matcher's sentence is written in the need's language: each recipient must still read one language.
  it.each([
    ['sv', 'Stark matchning: samma CPV-klass och liknande text.'],
    ['en', 'Strong match: same CPV class and similar text.'],
  ])('match notifications of a need in %s, for Swedish and English readers', (needLanguage, explanation) => {
    for (const kind of MATCH_EVENT_KINDS) {
      for (const d of planMatchEvent(kind, matchCtx(needLanguage, explanation))) {
        expectOnly(d.userId.endsWith('-en') ? 'en' : 'sv', d.title, d.body);
      }
    }
  });

  it.each<TextLanguage>(['sv', 'en'])('every other notification text in %s', (lang) => {
    const pair = { ownNeedTitle: 'X-42', otherNeedTitle: 'X-43', otherBuyerName: 'Acme', score: 0.6, hasMessage: true };
    const texts = [
      savedSearchHitText(lang, 'X-1', 'X-42', 'Acme'),
      webhookDisabledText(lang, 5),
      clarificationText(lang, { needTitle: 'X-42', buyerName: 'Acme', question: 'X-7', answer: 'X-8' }, true),
      clarificationText(lang, { needTitle: 'X-42', buyerName: 'Acme', question: 'X-7', answer: 'X-8' }, false),
      questionAskedText(lang, 'X-42'),
      dialogueMessageText(lang, { needTitle: 'X-42', counterpartName: 'Acme', confidentialityRequested: true }),
      dialogueMessageText(lang, { needTitle: 'X-42', counterpartName: 'Acme', confidentialityRequested: false }),
      matchDeclinedText(lang, { needTitle: 'X-42', counterpartName: 'Acme', reason: 'X-9' }),
      similarNeedText(lang, pair),
      buyerGroupProposedText(lang, pair),
      buyerGroupAnsweredText(lang, true, pair),
      buyerGroupAnsweredText(lang, false, pair),
    ];
    for (const t of texts) expectOnly(lang, t.title, t.body);
  });

  it.each<TextLanguage>(['sv', 'en'])('e-mail chrome and digests in %s', (lang) => {
    const links = { appUrl: 'https://navet.example', unsubscribeUrl: 'https://navet.example/u?token=t' };
    const item = { title: 'X-42', body: 'X-43' };
    for (const e of [
      notificationEmail(lang, item, links),
      digestEmail(lang, [item], links),
      digestEmail(
        lang,
        Array.from({ length: 60 }, () => item),
        links,
      ),
    ]) {
      expectOnly(lang, e.subject, e.text, e.html.replace(/<[^>]*>/g, ' '));
    }
  });
});
