import type { Need } from '../domain/need';
import type { NeedEntity } from './need.entity';

export const toNeed = (e: NeedEntity): Need => ({
  id: e.id,
  buyerOrganizationId: e.buyerOrganizationId,
  title: e.title,
  summary: e.summary,
  description: e.description,
  desiredOutcomes: e.desiredOutcomes,
  language: e.language,
  cpvCodes: e.cpvCodes,
  regionCodes: e.regionCodes,
  focusAreas: e.focusAreas,
  readiness: e.readiness,
  estimatedValueSek: e.estimatedValueSek,
  dialogueDeadline: e.dialogueDeadline,
  status: e.status,
  stage: e.stage,
  publishedAt: e.publishedAt,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
  version: e.version,
});
