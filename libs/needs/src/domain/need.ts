import type { FocusArea, SolutionReadiness } from '@navet/reference';

export const NEED_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const PROCUREMENT_STAGES = ['NEED_ANALYSIS', 'MARKET_DIALOGUE', 'PROCUREMENT', 'CONTRACTED'] as const;
export type ProcurementStage = (typeof PROCUREMENT_STAGES)[number];

/** The validated, normalised editable fields of a need. */
export interface NeedFields {
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: string[];
  language: string;
  cpvCodes: string[];
  regionCodes: string[];
  focusAreas: FocusArea[];
  readiness: SolutionReadiness;
  estimatedValueSek: number | null;
  dialogueDeadline: Date | null;
}

/** Plain domain shape of a need; no ORM or GraphQL here. */
export interface Need extends NeedFields {
  id: string;
  buyerOrganizationId: string;
  status: NeedStatus;
  stage: ProcurementStage;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}
