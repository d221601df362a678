import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isGroupMember } from '@navet/buyer-groups';
import { forbidden, isId, notFound } from '@navet/core';
import { Actor, isAdmin, requireActor } from '@navet/identity';
import { Need, NeedsService } from '@navet/needs';

/**
 * Who may read a need's whole ledger: the owning buyer organization, the other members of its
 * buyer group, and admins. The one place this is
 * decided (GraphQL and the REST exports both ask here). Others get NOT_FOUND for drafts and unknown ids
 * (never a hint a draft exists) and FORBIDDEN for public needs, as for changing a need.
 */
@Injectable()
export class LedgerAccess {
  constructor(
    private readonly ds: DataSource,
    private readonly needs: NeedsService,
  ) {}

  async readableNeed(actor: Actor | null, needId: string): Promise<Need> {
    const a = requireActor(actor);
    const need = isId(needId) ? ((await this.needs.findByIds([needId]))[0] ?? null) : null;
    if (!need) throw notFound('Need');
    if (await this.mayRead(a, need)) return need;
    if (need.status === 'DRAFT') throw notFound('Need');
    throw forbidden("Only the need's buyer organization and admins can read its ledger");
  }

  /** The owner, admins, and the organizations of the need's buyer group (they procure it together). */
  private async mayRead(actor: Actor, need: Need): Promise<boolean> {
    if (actor.organizationId === need.buyerOrganizationId || isAdmin(actor)) return true;
    return actor.role === 'BUYER' && isGroupMember(this.ds, actor.organizationId, need.id);
  }
}
