import type { MatchStatus, NeedOutcomeInput, NeedOutcomeResult } from '../../../../gql/graphql';

export const RESULTS: NeedOutcomeResult[] = ['PROCURED', 'SOLVED_OTHERWISE', 'ABANDONED'];

/** The close dialog's outcome fields as typed; result is empty until the buyer picks one. */
export interface OutcomeValues {
  result: NeedOutcomeResult | '';
  summary: string;
  lessonsLearned: string;
  contractedSupplierIds: string[];
}

export const emptyOutcome: OutcomeValues = { result: '', summary: '', lessonsLearned: '', contractedSupplierIds: [] };

/** What closeNeed gets; null until a result is picked (the only check made here; the API validates the rest). */
export function toOutcomeInput(v: OutcomeValues): NeedOutcomeInput | null {
  if (!v.result) return null;
  return {
    result: v.result,
    summary: v.summary.trim(),
    lessonsLearned: v.lessonsLearned.trim() || null,
    // Only a procurement has contracted suppliers; picks made before switching result are dropped.
    contractedSupplierIds: v.result === 'PROCURED' ? v.contractedSupplierIds : [],
  };
}

export const toggleSupplier = (ids: string[], id: string, on: boolean): string[] =>
  on ? (ids.includes(id) ? ids : [...ids, id]) : ids.filter((x) => x !== id);

interface MatchLike {
  status: MatchStatus;
  supplierInterested: boolean;
  buyerInvited: boolean;
  supplier: { id: string; organization: { name: string } };
}

/** How far a match got: connected first, then interest, invitation, a plain suggestion. */
const engagement = (m: MatchLike): number => (m.status === 'CONNECTED' ? 3 : m.supplierInterested ? 2 : m.buyerInvited ? 1 : 0);

/** Suppliers the buyer can name as contracted: those matched on the need (not withdrawn or declined), most engaged first. */
export function contractableSuppliers(matches: readonly MatchLike[]): { id: string; name: string; status: MatchStatus }[] {
  const live = matches.filter((m) => m.status !== 'WITHDRAWN' && m.status !== 'DECLINED');
  const sorted = [...live].sort((a, b) => engagement(b) - engagement(a));
  const seen = new Set<string>();
  return sorted
    .filter((m) => !seen.has(m.supplier.id) && seen.add(m.supplier.id))
    .map((m) => ({ id: m.supplier.id, name: m.supplier.organization.name, status: m.status }));
}
