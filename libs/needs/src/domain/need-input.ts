import { badInput, requireLanguage, requireOneOf, requireSaneDate, requireText, textList, unique } from '@navet/core';
import { FOCUS_AREAS, FocusArea, ReferenceCatalogue, SOLUTION_READINESS, SolutionReadiness } from '@navet/reference';
import { NeedFields, PROCUREMENT_STAGES, ProcurementStage } from './need';

export interface CreateNeedInput {
  title: string;
  summary: string;
  description: string;
  desiredOutcomes?: string[] | null;
  language?: string | null;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas?: FocusArea[] | null;
  readiness?: SolutionReadiness | null;
  estimatedValueSek?: number | null;
  /** The same value for amounts above GraphQL's Int (2^31 - 1); give one of the two. */
  estimatedValueSekBig?: number | null;
  dialogueDeadline?: Date | null;
}

/** Omitted (undefined) fields stay as they are; null clears optional fields. */
export type UpdateNeedInput = { [K in keyof CreateNeedInput]?: CreateNeedInput[K] | null } & {
  expectedVersion: number;
  stage?: ProcurementStage | null;
};

export const NEED_LIMITS = { title: 200, summary: 500, description: 20000, outcomes: 10, outcome: 300 } as const;

const title = (v: string | undefined | null) => requireText('title', v, 3, NEED_LIMITS.title, { singleLine: true });
const summary = (v: string | undefined | null) => requireText('summary', v, 1, NEED_LIMITS.summary);
const description = (v: string | undefined | null) => requireText('description', v, 1, NEED_LIMITS.description);
const outcomes = (v: string[] | undefined | null) => textList('desiredOutcomes', v, NEED_LIMITS.outcomes, NEED_LIMITS.outcome);
const focusAreas = (v: readonly string[]) => unique(v.map((f) => requireOneOf('focusAreas', f, FOCUS_AREAS)));
const readiness = (v: string) => requireOneOf('readiness', v, SOLUTION_READINESS);

function wholeSek(field: string, v: number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  // Safe integers only: a float beyond 2^53 would be stored as a different amount than was sent.
  if (!Number.isSafeInteger(v) || v < 0) throw badInput(field, `${field} must be a whole, non-negative number up to 2^53 - 1`);
  return v;
}

/** The value from either input field; undefined when neither was given (an update leaves it alone). */
function value(input: Pick<CreateNeedInput, 'estimatedValueSek' | 'estimatedValueSekBig'>): number | null | undefined {
  const { estimatedValueSek: small, estimatedValueSekBig: big } = input;
  if (small !== undefined && big !== undefined && small !== big) {
    throw badInput('estimatedValueSekBig', 'give estimatedValueSek or estimatedValueSekBig, not both');
  }
  if (big !== undefined) return wholeSek('estimatedValueSekBig', big);
  return small === undefined ? undefined : wholeSek('estimatedValueSek', small);
}

function deadline(v: Date | null | undefined, now: Date): Date | null {
  if (v === null || v === undefined) return null;
  requireSaneDate('dialogueDeadline', v, now);
  if (v.getTime() < now.getTime()) throw badInput('dialogueDeadline', 'dialogueDeadline must lie in the future');
  return v;
}

/** Validates a new need's fields; throws BAD_USER_INPUT naming the first offending field. */
export function validateNewNeed(input: CreateNeedInput, catalogue: ReferenceCatalogue, now: Date): NeedFields {
  return {
    title: title(input.title),
    summary: summary(input.summary),
    description: description(input.description),
    desiredOutcomes: outcomes(input.desiredOutcomes),
    language: requireLanguage('language', input.language ?? 'sv'),
    cpvCodes: catalogue.validateCpvCodes('cpvCodes', input.cpvCodes ?? []),
    regionCodes: catalogue.validateRegionCodes('regionCodes', input.regionCodes ?? []),
    focusAreas: focusAreas(input.focusAreas ?? []),
    readiness: readiness(input.readiness ?? 'NEEDS_ADAPTATION'),
    estimatedValueSek: value(input) ?? null,
    dialogueDeadline: deadline(input.dialogueDeadline, now),
  };
}

/** Validates only the fields present in an update; omitted (undefined) fields stay as they are. */
export function validateNeedChanges(
  input: UpdateNeedInput,
  catalogue: ReferenceCatalogue,
  now: Date,
): Partial<NeedFields> & { stage?: ProcurementStage } {
  const out: Partial<NeedFields> & { stage?: ProcurementStage } = {};
  // Required fields may be omitted from an update, but not cleared with null.
  const present = <T>(field: string, v: T | null): T => {
    if (v === null) throw badInput(field, `${field} cannot be cleared`);
    return v;
  };
  if (input.title !== undefined) out.title = title(present('title', input.title));
  if (input.summary !== undefined) out.summary = summary(present('summary', input.summary));
  if (input.description !== undefined) out.description = description(present('description', input.description));
  if (input.desiredOutcomes !== undefined) out.desiredOutcomes = outcomes(input.desiredOutcomes);
  if (input.language !== undefined) out.language = requireLanguage('language', present('language', input.language));
  if (input.cpvCodes !== undefined) out.cpvCodes = catalogue.validateCpvCodes('cpvCodes', present('cpvCodes', input.cpvCodes));
  if (input.regionCodes !== undefined) {
    out.regionCodes = catalogue.validateRegionCodes('regionCodes', present('regionCodes', input.regionCodes));
  }
  if (input.focusAreas !== undefined) out.focusAreas = focusAreas(input.focusAreas ?? []);
  if (input.readiness !== undefined) out.readiness = readiness(present('readiness', input.readiness));
  const estimatedValueSek = value(input);
  if (estimatedValueSek !== undefined) out.estimatedValueSek = estimatedValueSek;
  if (input.dialogueDeadline !== undefined) out.dialogueDeadline = deadline(input.dialogueDeadline, now);
  if (input.stage !== undefined) out.stage = requireOneOf('stage', present('stage', input.stage), PROCUREMENT_STAGES);
  return out;
}
