import { Field, Float, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ADVICE_SEVERITIES, AdviceSeverity } from '@navet/advice';
import type { FocusArea } from '@navet/reference';
import { SimilarNeedModel } from '../buyer-groups/buyer-group.models';
import { FocusAreaEnum } from '../graphql/enums';
import { CpvCodeModel } from '../reference/reference.models';

export const AdviceSeverityEnum = Object.fromEntries(ADVICE_SEVERITIES.map((s) => [s, s])) as { [K in AdviceSeverity]: K };
registerEnumType(AdviceSeverityEnum, { name: 'AdviceSeverity' });

@InputType({ description: 'What a buyer is drafting; nothing is stored.' })
export class NeedDraftInput {
  @Field() title!: string;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) desiredOutcomes?: string[] | null;
  @Field(() => String, { nullable: true, defaultValue: 'sv' }) language?: string | null;
  @Field(() => [String], { nullable: true }) cpvCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) regionCodes?: string[] | null;
  @Field(() => [FocusAreaEnum], { nullable: true, description: '[P] Addition: used by the reuse radar and likely suppliers.' })
  focusAreas?: FocusArea[] | null;
  @Field(() => Date, { nullable: true, description: '[P] Addition: checked for leaving time for a market dialogue.' })
  dialogueDeadline?: Date | null;
}

@ObjectType('NeedAdviceFinding')
export class NeedAdviceFindingModel {
  @Field({ description: 'Stable, e.g. SOLUTION_BIASED, BRAND_NAME, NO_OUTCOMES, TOO_SHORT, CPV_TOO_COARSE, CPV_MISMATCH.' })
  code!: string;
  @Field(() => AdviceSeverityEnum) severity!: AdviceSeverity;
  @Field({ description: 'The draft field the finding is about.' }) field!: string;
  @Field({ description: "Readable advice in the draft's language." }) message!: string;
}

@ObjectType('CpvSuggestion')
export class CpvSuggestionModel {
  @Field(() => CpvCodeModel) cpv!: CpvCodeModel;
  @Field(() => Float, { description: 'In [0,1].' }) score!: number;
  @Field() reason!: string;
}

@ObjectType('NeedAdvice')
export class NeedAdviceModel {
  @Field(() => [CpvSuggestionModel]) suggestedCpvCodes!: CpvSuggestionModel[];
  @Field(() => [NeedAdviceFindingModel]) findings!: NeedAdviceFindingModel[];
  @Field(() => [SimilarNeedModel], {
    description: 'Closed needs of any buyer on the same problem, with their outcomes: learn before you start.',
  })
  similarClosedNeeds!: SimilarNeedModel[];
  @Field(() => [SimilarNeedModel], {
    description: 'Published needs of other buyers on the same problem: candidates for a buyer group.',
  })
  similarOpenNeeds!: SimilarNeedModel[];
  @Field(() => Int, { description: 'Discoverable suppliers that would be suggested for the draft as it stands.' })
  likelySupplierCount!: number;
}
