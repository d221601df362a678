import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DialogueMessage, DialogueMessaging, DialogueQueryService, DialogueView } from '@navet/dialogue';
import type { GqlContext } from '../graphql/graphql-context';
import { DialogueMessageModel, DialogueModel } from './dialogue.models';

@Resolver(() => DialogueModel)
export class DialogueResolver {
  constructor(
    private readonly queries: DialogueQueryService,
    private readonly messaging: DialogueMessaging,
  ) {}

  @Query(() => DialogueModel, { nullable: true, description: '[C] The two parties and admins; null for anyone else.' })
  dialogue(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<DialogueView | null> {
    return this.queries.dialogue(ctx.actor, id);
  }

  @Query(() => [DialogueModel], {
    description: '[C] Buyers: dialogues on their needs; suppliers: their own; admins: all. Most recently active first.',
  })
  dialogues(
    @Args('needId', { type: () => ID, nullable: true }) needId: string | null,
    @Args('first', { type: () => Int, defaultValue: 100, description: '[C] 1..200' }) first: number,
    @Context() ctx: GqlContext,
  ): Promise<DialogueView[]> {
    return this.queries.dialogues(ctx.actor, needId, first);
  }

  @Mutation(() => DialogueMessageModel, { description: 'Either party of a CONNECTED match.' })
  sendDialogueMessage(
    @Args('dialogueId', { type: () => ID }) dialogueId: string,
    @Args('body') body: string,
    @Args('confidentialityRequested', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: '[C] supplier side only',
    })
    confidentialityRequested: boolean | null,
    @Args('confidentialityReason', { type: () => String, nullable: true }) confidentialityReason: string | null,
    @Context() ctx: GqlContext,
  ): Promise<DialogueMessage> {
    return this.messaging.send(ctx.actor, dialogueId, { body, confidentialityRequested, confidentialityReason });
  }
}
