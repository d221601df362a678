import type { CreateNeedInput, FocusArea, NeedForEditQuery, SolutionReadiness, UpdateNeedInput } from '../../../gql/graphql';

/** What the editor's fields hold while the user types (strings as typed; the API validates). */
export interface NeedFormValues {
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: string[];
  language: string;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: FocusArea[];
  readiness: SolutionReadiness;
  estimatedValueSek: string;
  /** yyyy-mm-dd as a date input gives it. */
  dialogueDeadline: string;
}

export const emptyNeedForm: NeedFormValues = {
  title: '',
  summary: '',
  description: '',
  desiredOutcomes: [''],
  language: 'sv',
  cpvCodes: [],
  regionCodes: [],
  focusAreas: [],
  readiness: 'NEEDS_ADAPTATION',
  estimatedValueSek: '',
  dialogueDeadline: '',
};

type EditableNeed = NonNullable<NeedForEditQuery['need']>;

export function formFromNeed(need: EditableNeed): NeedFormValues {
  return {
    title: need.title,
    summary: need.summary,
    description: need.description,
    desiredOutcomes: need.desiredOutcomes.length ? [...need.desiredOutcomes] : [''],
    language: need.language,
    cpvCodes: need.cpvCodes.map((c) => c.code),
    regionCodes: need.regions.map((r) => r.code),
    focusAreas: [...need.focusAreas],
    readiness: need.readiness,
    estimatedValueSek: need.estimatedValueSekBig == null ? '' : String(need.estimatedValueSekBig),
    dialogueDeadline: need.dialogueDeadline ? need.dialogueDeadline.slice(0, 10) : '',
  };
}

/** The outcomes list: add an empty row, edit one, remove one (always at least one row to type in). */
export const outcomes = {
  add: (list: string[]): string[] => [...list, ''],
  set: (list: string[], i: number, text: string): string[] => list.map((o, j) => (j === i ? text : o)),
  remove: (list: string[], i: number): string[] => {
    const rest = list.filter((_, j) => j !== i);
    return rest.length ? rest : [''];
  },
};

/** Whole kronor as typed (spaces allowed as thousands separators); empty or not a number = unknown. */
function parseValue(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '');
  if (!compact) return null;
  const n = Number(compact);
  return Number.isFinite(n) ? n : null;
}

/** The deadline as the end of that day in UTC, so the whole chosen day counts. */
export const deadlineOf = (date: string): string | null => (date ? `${date}T23:59:59.000Z` : null);

function common(v: NeedFormValues) {
  return {
    title: v.title.trim(),
    summary: v.summary.trim(),
    description: v.description.trim(),
    desiredOutcomes: v.desiredOutcomes.map((o) => o.trim()).filter(Boolean),
    language: v.language,
    cpvCodes: v.cpvCodes,
    regionCodes: v.regionCodes,
    focusAreas: v.focusAreas,
    readiness: v.readiness,
    estimatedValueSekBig: parseValue(v.estimatedValueSek),
    dialogueDeadline: deadlineOf(v.dialogueDeadline),
  };
}

export const toCreateInput = (v: NeedFormValues): CreateNeedInput => common(v);

export const toUpdateInput = (v: NeedFormValues, expectedVersion: number): UpdateNeedInput => ({ ...common(v), expectedVersion });

/**
 * After a CONFLICT: the form takes the latest saved version (and its version number, so the next save is
 * accepted) while the user's own unsaved values are kept aside to copy from.
 */
export function recoverFromConflict(mine: NeedFormValues, latest: EditableNeed) {
  return { values: formFromNeed(latest), version: latest.version, stash: mine };
}
