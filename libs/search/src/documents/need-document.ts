import type { Need, ProcurementStage } from '@navet/needs';
import type { FocusArea, ReferenceCatalogue, SolutionReadiness } from '@navet/reference';
import { documentEquivalentTerms } from '../synonyms/search-synonyms';
import { ClassificationFields, classificationFields } from './classification';

/** What the mapper reads from a need; NeedEntity, the Need domain type and indexer rows all fit. */
export type NeedSource = Omit<Need, 'status' | 'createdAt'>;

/** The needs index document. Only published needs are indexed. */
export interface NeedDocument extends ClassificationFields {
  id: string;
  title: string;
  summary: string;
  description: string;
  desiredOutcomes: string[];
  /** Swedish and English words for what the need's texts say (docs/search.md), so either language finds it. */
  equivalentTerms: string[];
  buyerId: string;
  buyerName: string;
  language: string;
  focusAreas: FocusArea[];
  readiness: SolutionReadiness;
  stage: ProcurementStage;
  /** Whole SEK (may exceed 2^31), null when unknown; filterable and sortable. */
  estimatedValueSek: number | null;
  /** Epoch milliseconds, null = open until closed; filterable and sortable. */
  dialogueDeadline: number | null;
  version: number;
  /** Epoch milliseconds (sortable). */
  updatedAt: number;
  publishedAt: number;
}

export function toNeedDocument(need: NeedSource, buyerName: string, catalogue: ReferenceCatalogue): NeedDocument {
  return {
    id: need.id,
    title: need.title,
    summary: need.summary,
    description: need.description,
    desiredOutcomes: [...need.desiredOutcomes],
    equivalentTerms: documentEquivalentTerms(catalogue, [need.title, need.summary, ...need.desiredOutcomes, need.description]),
    buyerId: need.buyerOrganizationId,
    buyerName,
    language: need.language,
    ...classificationFields(need.cpvCodes, need.regionCodes, catalogue),
    focusAreas: [...need.focusAreas],
    readiness: need.readiness,
    stage: need.stage,
    estimatedValueSek: need.estimatedValueSek,
    dialogueDeadline: need.dialogueDeadline ? need.dialogueDeadline.getTime() : null,
    version: need.version,
    updatedAt: need.updatedAt.getTime(),
    // A published need always has publishedAt; fall back so sorting never sees a hole.
    publishedAt: (need.publishedAt ?? need.updatedAt).getTime(),
  };
}
