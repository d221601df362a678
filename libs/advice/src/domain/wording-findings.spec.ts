import { loadAdviceTerms } from '../advice-data';
import { AdviceFinding } from './advice-finding';
import { WordingDraft, wordingFindings } from './wording-findings';

const terms = loadAdviceTerms();
const now = new Date('2026-06-01T00:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

const svGood: WordingDraft = {
  title: 'Färre fallolyckor bland äldre som bor hemma',
  summary: 'Äldre i ordinärt boende faller ofta nattetid och blir liggande länge innan någon märker det.',
  description:
    'Hemtjänsten besöker brukarna dagtid, men på natten finns ingen som märker om någon har fallit. ' +
    'Vi vill förstå hur fall kan upptäckas tidigt och hur personalen kan larmas, utan att brukarnas integritet påverkas. ' +
    'Lösningen ska fungera i äldre bostäder utan fast internet.',
  desiredOutcomes: ['Kortare tid från fall till hjälp', 'Färre inläggningar efter fall'],
  regionCodes: ['SE110'],
  dialogueDeadline: days(60),
};

const enGood: WordingDraft = {
  title: 'Fewer falls among older people living at home',
  summary: 'Older people living at home often fall at night and lie on the floor for hours before anyone notices.',
  description:
    'Home care visits during the day, but nobody notices a fall at night. We want to learn how falls can be detected early ' +
    'and how staff can be alerted, so that help comes sooner, without intruding on privacy. It must work in older homes without a fixed internet line.',
  desiredOutcomes: ['Shorter time from a fall to help'],
  regionCodes: ['SE110'],
  dialogueDeadline: null,
};

const codes = (f: AdviceFinding[]) => f.map((x) => `${x.code}:${x.field}`);

describe('wordingFindings', () => {
  it('has nothing to say about a problem-first draft, in Swedish or English', () => {
    expect(wordingFindings(svGood, 'sv', terms, now)).toEqual([]);
    expect(wordingFindings(enGood, 'en', terms, now)).toEqual([]);
  });

  it('flags brand names from the data list, naming the field, in the draft language', () => {
    const sv = wordingFindings(
      { ...svGood, description: `${svGood.description} Det ska integreras med Microsoft Teams.` },
      'sv',
      terms,
      now,
    );
    expect(sv).toContainEqual(expect.objectContaining({ code: 'BRAND_NAME', field: 'description', severity: 'WARNING' }));
    expect(sv.find((f) => f.code === 'BRAND_NAME')!.message).toMatch(/^Texten nämner ”Microsoft” och ”Teams”/);
    const en = wordingFindings({ ...enGood, title: 'iPad for every home care worker' }, 'en', terms, now);
    expect(en.find((f) => f.code === 'BRAND_NAME')).toMatchObject({
      field: 'title',
      message: expect.stringMatching(/^The text names "iPad"/),
    });
  });

  it('flags solution-biased wording: buying phrases anywhere, a technology in the title', () => {
    const sv = wordingFindings({ ...svGood, summary: 'Vi vill köpa ett trygghetslarm till alla brukare.' }, 'sv', terms, now);
    expect(codes(sv)).toContain('SOLUTION_BIASED:summary');
    expect(sv.find((f) => f.code === 'SOLUTION_BIASED')!.message).toMatch(/^”vi vill köpa” beskriver en lösning/i);
    expect(codes(wordingFindings({ ...svGood, title: 'En app för hemtjänsten' }, 'sv', terms, now))).toContain(
      'SOLUTION_BIASED:title',
    );
    const en = wordingFindings({ ...enGood, description: `${enGood.description} We want to buy a chatbot.` }, 'en', terms, now);
    expect(codes(en)).toContain('SOLUTION_BIASED:description');
    expect(codes(wordingFindings({ ...enGood, title: 'A blockchain for care records' }, 'en', terms, now))).toContain(
      'SOLUTION_BIASED:title',
    );
  });

  it('asks for desired outcomes: a warning without goals, a hint when the text states them', () => {
    const none = wordingFindings(
      { ...svGood, desiredOutcomes: [], summary: 'Äldre faller.', description: svGood.description.replace('utan att', 'och') },
      'sv',
      terms,
      now,
    );
    const inText = wordingFindings({ ...enGood, desiredOutcomes: [] }, 'en', terms, now);
    expect(inText.find((f) => f.code === 'NO_OUTCOMES')).toMatchObject({ field: 'desiredOutcomes', severity: 'INFO' });
    expect(none.find((f) => f.code === 'NO_OUTCOMES')).toMatchObject({
      field: 'desiredOutcomes',
      message: expect.stringMatching(/^Inga önskade effekter/),
    });
  });

  it('flags a draft too short to match on, missing regions and a deadline too near for a dialogue', () => {
    const thin: WordingDraft = {
      title: 'Fallolyckor',
      summary: 'Äldre faller hemma.',
      description: '',
      desiredOutcomes: ['Färre fall'],
      regionCodes: [],
      dialogueDeadline: days(5),
    };
    const sv = wordingFindings(thin, 'sv', terms, now);
    expect(codes(sv)).toEqual(
      expect.arrayContaining(['TOO_SHORT:description', 'MISSING_REGIONS:regionCodes', 'DEADLINE_TOO_NEAR:dialogueDeadline']),
    );
    expect(sv.find((f) => f.code === 'DEADLINE_TOO_NEAR')!.message).toContain('om 5 dagar');
    const en = wordingFindings({ ...enGood, regionCodes: [], dialogueDeadline: days(-1) }, 'en', terms, now);
    expect(en.find((f) => f.code === 'MISSING_REGIONS')!.message).toMatch(/^No region is chosen/);
    expect(en.find((f) => f.code === 'DEADLINE_TOO_NEAR')!.message).toMatch(/already passed/);
  });
});
