import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, validateFirst } from '@navet/core';
import { Actor, requireActor } from '@navet/identity';
import { BUYER_GROUP_PROPOSAL_STATUSES, BuyerGroup, BuyerGroupProposal, BuyerGroupProposalStatus } from './domain/buyer-group';
import {
  buyerGroupsByIds,
  buyerGroupsOfNeeds,
  buyerGroupsOfOrganization,
  countBuyerGroups,
  membersOfGroups,
  proposalsOfOrganization,
} from './persistence/buyer-group.reader';

export const MAX_PROPOSALS_PAGE = 100;

/** Reading groups and proposals. Groups are public on their needs; proposals are the two parties' business. */
@Injectable()
export class BuyerGroupQueries {
  constructor(private readonly ds: DataSource) {}

  /** The groups the caller's organization has a need in. */
  async groupsOfCaller(actor: Actor | null | undefined): Promise<BuyerGroup[]> {
    return buyerGroupsOfOrganization(this.ds, requireActor(actor).organizationId);
  }

  /** Proposals the caller's organization sent or received, newest first. */
  async proposalsOfCaller(
    actor: Actor | null | undefined,
    status: BuyerGroupProposalStatus | null | undefined,
    first = 50,
  ): Promise<BuyerGroupProposal[]> {
    const a = requireActor(actor);
    const limit = validateFirst(first, MAX_PROPOSALS_PAGE);
    if (status && !BUYER_GROUP_PROPOSAL_STATUSES.includes(status)) {
      throw badInput('status', `status must be one of ${BUYER_GROUP_PROPOSAL_STATUSES.join(', ')}`);
    }
    return proposalsOfOrganization(this.ds, a.organizationId, status ?? null, limit);
  }

  /** For loaders: the group of each need (public: a group is visible on its member needs). */
  groupsOfNeeds(needIds: readonly string[]): Promise<Map<string, BuyerGroup>> {
    return buyerGroupsOfNeeds(this.ds, needIds);
  }

  /** For loaders: groups by id (dissolved ones included; callers decide). */
  groupsByIds(ids: readonly string[]): Promise<BuyerGroup[]> {
    return buyerGroupsByIds(this.ds, ids);
  }

  /** For loaders: member need ids and organizations per group. */
  members(groupIds: readonly string[]): Promise<Map<string, { needIds: string[]; organizationIds: string[] }>> {
    return membersOfGroups(this.ds, groupIds);
  }

  count(): Promise<number> {
    return countBuyerGroups(this.ds);
  }
}
