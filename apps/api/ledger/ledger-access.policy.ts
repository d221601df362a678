import { Injectable } from '@nestjs/common';
import { forbidden, isId, notFound } from '@navet/core';
import { Actor, isAdmin, requireActor } from '@navet/identity';
import { Need, NeedsService } from '@navet/needs';

/**
 * Who may read a need's whole ledger: the owning buyer organization and admins. The one place this is
 * decided (GraphQL and the REST exports both ask here). Others get NOT_FOUND for drafts and unknown ids
 * (never a hint a draft exists) and FORBIDDEN for public needs, as for changing a need.
 */
@Injectable()
export class LedgerAccess {
  constructor(private readonly needs: NeedsService) {}

  async readableNeed(actor: Actor | null, needId: string): Promise<Need> {
    const a = requireActor(actor);
    const need = isId(needId) ? ((await this.needs.findByIds([needId]))[0] ?? null) : null;
    if (!need) throw notFound('Need');
    if (this.mayRead(a, need)) return need;
    if (need.status === 'DRAFT') throw notFound('Need');
    throw forbidden("Only the need's buyer organization and admins can read its ledger");
  }

  private mayRead(actor: Actor, need: Need): boolean {
    // Buyer groups ([C] section 4): add "or a member of the need's buyer group" here.
    return actor.organizationId === need.buyerOrganizationId || isAdmin(actor);
  }
}
