import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { forbidden, isId, notFound, validateFirst } from '@navet/core';
import { Actor, isAdmin, requireActor } from '@navet/identity';
import { readNeed } from '@navet/needs';
import { loadActiveCriteria } from '../criteria/criteria.store';
import { SimilarNeedScore, SimilarNeedsFinder } from './similar-needs-finder.service';

export const MAX_SIMILAR_NEEDS = 50;

/** `similarNeeds`: the owning buyer organization (and admins) see other buyers' similar published needs. */
@Injectable()
export class SimilarNeedsService {
  constructor(
    private readonly ds: DataSource,
    private readonly finder: SimilarNeedsFinder,
  ) {}

  async similarNeeds(actor: Actor | null | undefined, needId: string, first = 10): Promise<SimilarNeedScore[]> {
    const a = requireActor(actor);
    const limit = validateFirst(first, MAX_SIMILAR_NEEDS);
    const need = isId(needId) ? await readNeed(this.ds, needId) : null;
    if (!need) throw notFound('Need');
    if (!isAdmin(a) && need.buyerOrganizationId !== a.organizationId) {
      if (need.status === 'DRAFT') throw notFound('Need');
      throw forbidden('Only the buyer organization that owns the need sees its similar needs');
    }
    const criteria = await loadActiveCriteria(this.ds);
    return this.finder.find(this.ds, need, criteria.weights, { limit });
  }
}
