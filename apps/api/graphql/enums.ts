import { registerEnumType } from '@nestjs/graphql';
import { ORGANIZATION_KINDS, ROLES } from '@navet/identity';
import { NEED_OUTCOME_RESULTS, NEED_STATUSES, PROCUREMENT_STAGES } from '@navet/needs';
import { COMPANY_SIZES, FOCUS_AREAS, SOLUTION_READINESS } from '@navet/reference';
import { MATCH_SIGNALS, MATCH_STATUSES } from '@navet/matching';
import { NOTIFICATION_TYPES } from '@navet/notifications';
import { QUESTION_STATUSES } from '@navet/clarifications';

/** GraphQL enums are registered from the domain's value lists, so the two cannot drift apart. */
const asEnum = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const OrganizationKindEnum = asEnum(ORGANIZATION_KINDS);
export const RoleEnum = asEnum(ROLES);
export const NeedStatusEnum = asEnum(NEED_STATUSES);
export const ProcurementStageEnum = asEnum(PROCUREMENT_STAGES);
export const SolutionReadinessEnum = asEnum(SOLUTION_READINESS);
export const FocusAreaEnum = asEnum(FOCUS_AREAS);
export const CompanySizeEnum = asEnum(COMPANY_SIZES);

registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
registerEnumType(RoleEnum, { name: 'Role' });
registerEnumType(NeedStatusEnum, { name: 'NeedStatus' });
registerEnumType(ProcurementStageEnum, { name: 'ProcurementStage' });
registerEnumType(SolutionReadinessEnum, { name: 'SolutionReadiness' });
registerEnumType(FocusAreaEnum, { name: 'FocusArea' });
registerEnumType(CompanySizeEnum, { name: 'CompanySize' });

export const MatchStatusEnum = asEnum(MATCH_STATUSES);
export const MatchSignalEnum = asEnum(MATCH_SIGNALS);
registerEnumType(MatchStatusEnum, { name: 'MatchStatus' });
registerEnumType(MatchSignalEnum, { name: 'MatchSignal' });

export const NotificationTypeEnum = asEnum(NOTIFICATION_TYPES);
registerEnumType(NotificationTypeEnum, { name: 'NotificationType' });

export const QuestionStatusEnum = asEnum(QUESTION_STATUSES);
registerEnumType(QuestionStatusEnum, { name: 'QuestionStatus' });

export const NeedOutcomeResultEnum = asEnum(NEED_OUTCOME_RESULTS);
registerEnumType(NeedOutcomeResultEnum, { name: 'NeedOutcomeResult' });
