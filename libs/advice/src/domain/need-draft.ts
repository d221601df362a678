import { optionalText, requireLanguage, requireOneOf, requireSaneDate, requireText, textList, unique } from '@navet/core';
import { FOCUS_AREAS, FocusArea } from '@navet/reference';

/** What a buyer is drafting (the contract's NeedDraftInput); nothing is stored. */
export interface NeedDraftInput {
  title: string;
  summary?: string | null;
  description?: string | null;
  desiredOutcomes?: readonly string[] | null;
  language?: string | null;
  cpvCodes?: readonly string[] | null;
  regionCodes?: readonly string[] | null;
  focusAreas?: readonly FocusArea[] | null;
  dialogueDeadline?: Date | null;
}

export interface NeedDraft {
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: string[];
  language: string;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: FocusArea[];
  dialogueDeadline: Date | null;
}

/** The need limits (libs/needs), but a draft may be incomplete: only the title is required. */
const LIMITS = { title: 200, summary: 500, description: 20000, outcomes: 10, outcome: 300, codes: 50 } as const;

/** Cleans a draft; BAD_USER_INPUT names the field. Code lists are checked against the catalogue by the caller. */
export function validateDraft(input: NeedDraftInput, now: Date): Omit<NeedDraft, 'cpvCodes' | 'regionCodes'> {
  const deadline = input.dialogueDeadline ?? null;
  if (deadline) requireSaneDate('dialogueDeadline', deadline, now);
  return {
    title: requireText('title', input.title, 1, LIMITS.title, { singleLine: true }),
    summary: optionalText('summary', input.summary, LIMITS.summary) ?? '',
    description: optionalText('description', input.description, LIMITS.description) ?? '',
    desiredOutcomes: textList(
      'desiredOutcomes',
      (input.desiredOutcomes ?? []).filter((o) => o.trim()),
      LIMITS.outcomes,
      LIMITS.outcome,
    ),
    language: requireLanguage('language', input.language ?? 'sv'),
    focusAreas: unique((input.focusAreas ?? []).map((f) => requireOneOf('focusAreas', f, FOCUS_AREAS))),
    dialogueDeadline: deadline,
  };
}
