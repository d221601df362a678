export * from './domain/buyer-group';
export * from './buyer-groups.service';
export * from './buyer-group-queries.service';
export * from './buyer-groups.module';
export {
  buyerGroupsOfNeeds,
  buyerGroupsOfOrganization,
  countBuyerGroups,
  groupMemberOrganizations,
  isGroupMember,
  loadProposal,
  membersOfGroups,
} from './persistence/buyer-group.reader';
export { recordSimilarNeedPairs } from './persistence/similar-need-pairs.writer';
