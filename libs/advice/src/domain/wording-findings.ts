import { AdviceLanguage, AdviceTerms, normalise, phrasesIn } from './advice-terms';
import { AdviceFinding, quoteList } from './advice-finding';

/** The draft as the wording rules read it. */
export interface WordingDraft {
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: readonly string[];
  regionCodes: readonly string[];
  dialogueDeadline: Date | null;
}

/** Fewer words than this give the matcher too little to go on. */
export const MIN_DRAFT_WORDS = 40;
/** A market dialogue needs time: suppliers must find the need, ask and be answered. */
export const MIN_DIALOGUE_DAYS = 14;
/** Technology words in the description before it reads as a specification (in the title, one is enough). */
const TECHNOLOGY_WORDS_IN_BODY = 3;

const TEXT_FIELDS = ['title', 'summary', 'description', 'desiredOutcomes'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

const textOf = (d: WordingDraft, f: TextField): string => (f === 'desiredOutcomes' ? d.desiredOutcomes.join('\n') : d[f]);
const words = (text: string): number => (normalise(text) ? normalise(text).split(' ').length : 0);

const MESSAGES = {
  sv: {
    brand: (names: string) =>
      `Texten nämner ${names}. Beskriv problemet och vad som ska uppnås i stället för en viss produkt eller ett visst märke, så att fler leverantörer kan föreslå lösningar.`,
    solution: (found: string) =>
      `${found} beskriver en lösning snarare än ett behov. Beskriv problemet och vad som ska bli bättre; låt leverantörerna föreslå hur.`,
    technologyTitle: (found: string) =>
      `Rubriken nämner ${found}. Ett behov som formuleras som en teknik stänger ute andra lösningar; beskriv problemet i rubriken.`,
    technologyBody: (found: string) =>
      `Beskrivningen nämner flera tekniker (${found}). Kontrollera att den beskriver behovet och inte en viss lösning.`,
    noOutcomes: 'Inga önskade effekter anges. Skriv vad som ska bli bättre, gärna mätbart (t.ex. ”färre fallolyckor”).',
    outcomesInText:
      'Texten beskriver mål, men inga önskade effekter är listade. Lägg in dem som egna punkter så att de syns och kan följas upp.',
    tooShort: (n: number) =>
      `Behovet har bara ${n} ord. Med minst ${MIN_DRAFT_WORDS} ord om problemet, de berörda och dagens situation blir matchningen mot leverantörer träffsäker.`,
    regions: 'Ingen region är vald. Ange var behovet finns (län eller kommun) så att leverantörer som verkar där hittar det.',
    deadlinePast: 'Sista dag för intresseanmälan har redan passerat.',
    deadlineNear: (days: number) =>
      `Sista dag för intresseanmälan är om ${days} ${days === 1 ? 'dag' : 'dagar'}. En marknadsdialog behöver minst ${MIN_DIALOGUE_DAYS} dagar.`,
  },
  en: {
    brand: (names: string) =>
      `The text names ${names}. Describe the problem and the outcome you want instead of a product or brand, so that more suppliers can propose solutions.`,
    solution: (found: string) =>
      `${found} describes a solution rather than a need. Describe the problem and what should improve; let the suppliers propose how.`,
    technologyTitle: (found: string) =>
      `The title names ${found}. A need phrased as a technology rules out other solutions; put the problem in the title.`,
    technologyBody: (found: string) =>
      `The description names several technologies (${found}). Check that it describes the need, not one particular solution.`,
    noOutcomes: 'No desired outcomes are given. Say what should improve, measurably if you can (e.g. "fewer falls").',
    outcomesInText:
      'The text states goals, but no desired outcomes are listed. Add them as items of their own so they are visible and can be followed up.',
    tooShort: (n: number) =>
      `The need has only ${n} words. With at least ${MIN_DRAFT_WORDS} words on the problem, who it affects and how things work today, suppliers can be matched accurately.`,
    regions: 'No region is chosen. Say where the need is (county or municipality) so that suppliers working there find it.',
    deadlinePast: 'The last day to express interest has already passed.',
    deadlineNear: (days: number) =>
      `The last day to express interest is in ${days} ${days === 1 ? 'day' : 'days'}. A market dialogue needs at least ${MIN_DIALOGUE_DAYS} days.`,
  },
} as const;

/**
 * Wording advice on a draft need: is it written as a problem (no brands, no solution phrasing), does it
 * say what should improve, is it long enough to be matched, does it say where, and does it leave time
 * for a dialogue. Pure: the word lists come in as data, `now` as a parameter.
 */
export function wordingFindings(draft: WordingDraft, language: AdviceLanguage, terms: AdviceTerms, now: Date): AdviceFinding[] {
  const m = MESSAGES[language];
  const out: AdviceFinding[] = [];
  const warn = (code: AdviceFinding['code'], field: string, message: string, severity: AdviceFinding['severity'] = 'WARNING') =>
    out.push({ code, severity, field, message });
  // Either language's phrases: Swedish drafts often borrow English product words and the reverse.
  const solutionPhrases = [...terms.solutionPhrases[language], ...terms.solutionPhrases[language === 'sv' ? 'en' : 'sv']];
  const technologies = [...new Set([...terms.technologies.sv, ...terms.technologies.en])];

  for (const field of TEXT_FIELDS) {
    const text = textOf(draft, field);
    if (!text.trim()) continue;
    const brands = phrasesIn(text, terms.brands);
    if (brands.length) warn('BRAND_NAME', field, m.brand(quoteList(brands.slice(0, 4), language)));
    const phrases = phrasesIn(text, solutionPhrases);
    if (phrases.length) {
      const found = quoteList(phrases.slice(0, 3), language);
      warn('SOLUTION_BIASED', field, m.solution(found.charAt(0).toLocaleUpperCase('sv') + found.slice(1)));
      continue;
    }
    const tech = phrasesIn(text, technologies);
    if (field === 'title' && tech.length)
      warn('SOLUTION_BIASED', field, m.technologyTitle(quoteList(tech.slice(0, 3), language)));
    else if (field !== 'title' && tech.length >= TECHNOLOGY_WORDS_IN_BODY) {
      warn('SOLUTION_BIASED', field, m.technologyBody(quoteList(tech.slice(0, 4), language)), 'INFO');
    }
  }

  if (draft.desiredOutcomes.every((o) => !o.trim())) {
    const body = `${draft.summary}\n${draft.description}`;
    const goals = phrasesIn(body, [...terms.outcomePhrases.sv, ...terms.outcomePhrases.en]);
    if (goals.length) warn('NO_OUTCOMES', 'desiredOutcomes', m.outcomesInText, 'INFO');
    else warn('NO_OUTCOMES', 'desiredOutcomes', m.noOutcomes);
  }

  const n = TEXT_FIELDS.reduce((sum, f) => sum + words(textOf(draft, f)), 0);
  if (n < MIN_DRAFT_WORDS) warn('TOO_SHORT', 'description', m.tooShort(n));

  if (draft.regionCodes.length === 0) warn('MISSING_REGIONS', 'regionCodes', m.regions);

  if (draft.dialogueDeadline) {
    const days = Math.floor((draft.dialogueDeadline.getTime() - now.getTime()) / 86_400_000);
    if (draft.dialogueDeadline.getTime() < now.getTime()) warn('DEADLINE_TOO_NEAR', 'dialogueDeadline', m.deadlinePast);
    else if (days < MIN_DIALOGUE_DAYS) warn('DEADLINE_TOO_NEAR', 'dialogueDeadline', m.deadlineNear(days));
  }
  return out;
}
