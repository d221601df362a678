import type { AdviceSeverity, NeedDraftInput } from '../../../../gql/graphql';
import { deadlineOf, type NeedFormValues } from '../need-form-state';

/** One piece of co-pilot advice as the API gives it: a code, the draft field it is about and its text. */
export interface Finding {
  code: string;
  field: string;
  message: string;
  severity: AdviceSeverity;
}

/** The form as the co-pilot reads it; null while there is no title (the API needs one, and there is nothing to say yet). */
export function toDraft(v: NeedFormValues): NeedDraftInput | null {
  const title = v.title.trim();
  if (!title) return null;
  return {
    title,
    summary: v.summary.trim(),
    description: v.description.trim(),
    desiredOutcomes: v.desiredOutcomes.map((o) => o.trim()).filter(Boolean),
    language: v.language,
    cpvCodes: v.cpvCodes,
    regionCodes: v.regionCodes,
    focusAreas: v.focusAreas,
    dialogueDeadline: deadlineOf(v.dialogueDeadline),
  };
}

/** Findings keyed by the form field they name (the last path segment, as with the API's errors). */
export function findingsByField(findings: readonly Finding[]): Record<string, Finding[]> {
  const byField: Record<string, Finding[]> = {};
  for (const f of findings) {
    const field = f.field.split('.').pop() ?? f.field;
    (byField[field] ??= []).push(f);
  }
  return byField;
}

/** The fields the form shows advice under; findings on any other field are listed in the co-pilot itself. */
export const ADVISED_FIELDS = [
  'title',
  'summary',
  'description',
  'desiredOutcomes',
  'cpvCodes',
  'regionCodes',
  'focusAreas',
  'dialogueDeadline',
  'estimatedValueSek',
];

export const otherFindings = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => !ADVISED_FIELDS.includes(f.field.split('.').pop() ?? f.field));

/** Adds a suggested code to the form's list once. */
export const addCode = (list: string[], code: string): string[] => (list.includes(code) ? list : [...list, code]);
