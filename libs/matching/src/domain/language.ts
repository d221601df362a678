import type { ReferenceCatalogue } from '@navet/reference';

/** Details and explanations are written in Swedish or English only. */
export type TextLanguage = 'sv' | 'en';

/** Swedish when the need is Swedish (or unstated); every other language reads English. */
export function textLanguage(language?: string | null): TextLanguage {
  const l = (language ?? '').trim().toLowerCase();
  return l === '' || l === 'sv' ? 'sv' : 'en';
}

/** The only catalogue lookups scoring needs, so evaluation code can pass a lighter stand-in. */
export type LabelCatalogue = Pick<ReferenceCatalogue, 'cpv' | 'region'>;

/**
 * What each signal calculator returns: its value in [0,1], a detail for the score component and a
 * short reason phrase for the explanation sentence (null when the signal is neutral or negative,
 * so the sentence never praises a missing fact).
 */
export interface SignalFit {
  value: number;
  detail: string;
  reason: string | null;
}

/** Clamps to [0,1]; NaN and non-finite input count as 0. */
export function clamp01(v: number): number {
  if (!Number.isFinite(v)) return 0;
  return Math.min(1, Math.max(0, v));
}
