export const ADVICE_SEVERITIES = ['INFO', 'WARNING'] as const;
export type AdviceSeverity = (typeof ADVICE_SEVERITIES)[number];

/** Stable codes: clients key their own texts or icons on them. */
export type AdviceCode =
  | 'SOLUTION_BIASED'
  | 'BRAND_NAME'
  | 'NO_OUTCOMES'
  | 'TOO_SHORT'
  | 'MISSING_REGIONS'
  | 'DEADLINE_TOO_NEAR'
  | 'CPV_TOO_COARSE'
  | 'CPV_MISMATCH'
  | 'NO_CPV_CODES';

export interface AdviceFinding {
  code: AdviceCode;
  severity: AdviceSeverity;
  /** The draft field the finding is about (the input's field name). */
  field: string;
  /** Readable advice in the draft's language. */
  message: string;
}

/** `"a", "b" and "c"` / `”a”, ”b” och ”c”`. */
export function quoteList(items: readonly string[], language: 'sv' | 'en'): string {
  const [open, close, and] = language === 'sv' ? ['”', '”', 'och'] : ['"', '"', 'and'];
  const q = items.map((i) => `${open}${i}${close}`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} ${and} ${q.at(-1)}`;
}
