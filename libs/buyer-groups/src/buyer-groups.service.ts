import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { conflict, invalidState, isId, newId } from '@navet/core';
import { inTransaction } from '@navet/database';
import { Actor, requireActor } from '@navet/identity';
import { appendLedgerEntries, LedgerAppend } from '@navet/ledger';
import { readNeed } from '@navet/needs';
import { OutboxWriter } from '@navet/outbox';
import {
  BuyerGroupProposal,
  checkAcceptance,
  checkProposal,
  checkResponder,
  dissolvesAfterLeaving,
  GroupNeedView,
  groupNameFor,
  requireOwnNeed,
  validateProposalMessage,
} from './domain/buyer-group';
import { groupIdsOfNeeds, loadProposal, membersOfGroups } from './persistence/buyer-group.reader';
import {
  addNeedToGroup,
  answerProposal,
  insertGroup,
  insertProposal,
  lockGroup,
  markDissolved,
  removeNeedsFromGroup,
} from './persistence/buyer-group.writer';

/**
 * Proposing, answering and leaving buyer groups. Each use case is one transaction: its rows, the
 * outbox event that notifies the other side, and (last) the entries on every affected need's ledger.
 */
@Injectable()
export class BuyerGroupsService {
  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxWriter,
  ) {}

  /** By the organization that owns fromNeed; BUYER_GROUP_PROPOSED goes to the receiver (through the outbox). */
  async propose(
    actor: Actor | null | undefined,
    fromNeedId: string,
    toNeedId: string,
    message?: string | null,
  ): Promise<BuyerGroupProposal> {
    const a = requireActor(actor);
    const text = validateProposalMessage(message);
    return inTransaction(this.ds, async (em) => {
      const from = await this.needView(em, fromNeedId);
      const to = await this.needView(em, toNeedId);
      const groups = await groupIdsOfNeeds(em, [fromNeedId, toNeedId].filter(isId));
      const checked = checkProposal(a.organizationId, from, to, groups.get(fromNeedId) ?? null, groups.get(toNeedId) ?? null);
      const proposal = await insertProposal(em, {
        id: newId(),
        fromNeedId: checked.from.id,
        toNeedId: checked.to.id,
        fromOrganizationId: checked.from.buyerOrganizationId,
        toOrganizationId: checked.to.buyerOrganizationId,
        message: text,
      });
      if (!proposal) throw conflict('A proposal between these needs is already pending');
      await this.outbox.add(em, { type: 'buyer-group.proposed', payload: { proposalId: proposal.id } });
      await appendLedgerEntries(em, [
        {
          needId: proposal.fromNeedId,
          action: 'BUYER_GROUP_PROPOSED',
          actorOrganizationId: proposal.fromOrganizationId,
          summary: "The buyer proposed a buyer group with another buyer organization's need",
        },
        {
          needId: proposal.toNeedId,
          action: 'BUYER_GROUP_PROPOSED',
          actorOrganizationId: proposal.fromOrganizationId,
          summary: 'Another buyer organization proposed a buyer group with this need',
        },
      ]);
      return proposal;
    });
  }

  /**
   * By the organization that received the proposal. Accepting forms a group of both needs (named
   * after the proposer's need), or adds the receiver's need to the group the proposer's need is in.
   */
  async respond(actor: Actor | null | undefined, proposalId: string, accept: boolean): Promise<BuyerGroupProposal> {
    const a = requireActor(actor);
    return inTransaction(this.ds, async (em) => {
      const proposal = checkResponder(a.organizationId, isId(proposalId) ? await loadProposal(em, proposalId, true) : null);
      let groupId: string | null = null;
      if (accept) groupId = await this.join(em, proposal);
      const answered = await answerProposal(em, proposal.id, accept ? 'ACCEPTED' : 'DECLINED', groupId);
      await this.outbox.add(em, { type: 'buyer-group.answered', payload: { proposalId: answered.id } });
      const action = accept ? 'BUYER_GROUP_ACCEPTED' : 'BUYER_GROUP_DECLINED';
      const verb = accept ? 'accepted' : 'declined';
      await appendLedgerEntries(em, [
        {
          needId: answered.fromNeedId,
          action,
          actorOrganizationId: answered.toOrganizationId,
          summary: `The other buyer organization ${verb} the buyer group proposal`,
        },
        {
          needId: answered.toNeedId,
          action,
          actorOrganizationId: answered.toOrganizationId,
          summary: `The buyer ${verb} a buyer group proposal`,
        },
      ]);
      return answered;
    });
  }

  /** By the owning organization: the need leaves its group; a group left with one need dissolves. */
  async leave(actor: Actor | null | undefined, needId: string): Promise<boolean> {
    const a = requireActor(actor);
    return inTransaction(this.ds, async (em) => {
      const need = requireOwnNeed(a.organizationId, await this.needView(em, needId), 'needId');
      const groupId = (await groupIdsOfNeeds(em, [need.id])).get(need.id);
      if (!groupId || !(await lockGroup(em, groupId))) throw invalidState('The need is not in a buyer group');
      // Read under the group lock: a concurrent join or leave waits for this one.
      const members = (await membersOfGroups(em, [groupId])).get(groupId)!;
      if (!members.needIds.includes(need.id)) throw invalidState('The need is not in a buyer group');
      const dissolves = dissolvesAfterLeaving(members.needIds.length);
      const leaving = dissolves ? members.needIds : [need.id];
      await removeNeedsFromGroup(em, groupId, leaving);
      if (dissolves) await markDissolved(em, groupId);
      const entries: LedgerAppend[] = members.needIds.map((id) => ({
        needId: id,
        action: 'BUYER_GROUP_LEFT',
        actorOrganizationId: a.organizationId,
        summary:
          id === need.id
            ? 'The buyer took the need out of its buyer group'
            : dissolves
              ? "The buyer group dissolved after another buyer organization's need left; this need left it too"
              : "Another buyer organization's need left the buyer group",
      }));
      await appendLedgerEntries(em, entries);
      return true;
    });
  }

  /** Puts the receiver's need into the proposer's group (formed now if there is none); returns the group. */
  private async join(em: EntityManager, p: BuyerGroupProposal): Promise<string> {
    const from = await this.needView(em, p.fromNeedId);
    const to = await this.needView(em, p.toNeedId);
    const groups = await groupIdsOfNeeds(em, [p.fromNeedId, p.toNeedId], true);
    let fromGroup = groups.get(p.fromNeedId) ?? null;
    const checked = checkAcceptance(from, to, fromGroup, groups.get(p.toNeedId) ?? null);
    if (fromGroup && !(await lockGroup(em, fromGroup))) fromGroup = null;
    if (!fromGroup) {
      fromGroup = newId();
      await insertGroup(em, { id: fromGroup, name: groupNameFor(checked.from), createdByOrganizationId: p.fromOrganizationId });
      if (!(await addNeedToGroup(em, fromGroup, checked.from.id, checked.from.buyerOrganizationId))) {
        throw conflict('The proposing need joined another buyer group meanwhile');
      }
    }
    if (!(await addNeedToGroup(em, fromGroup, checked.to.id, checked.to.buyerOrganizationId))) {
      throw conflict('The need already belongs to another buyer group');
    }
    return fromGroup;
  }

  /** The need as the rules read it, share-locked so its status holds until commit. */
  private async needView(em: EntityManager, id: string): Promise<GroupNeedView | null> {
    if (!isId(id)) return null;
    const need = await readNeed(em, id, 'share');
    return need ? { id: need.id, buyerOrganizationId: need.buyerOrganizationId, status: need.status, title: need.title } : null;
  }
}
