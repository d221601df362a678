import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Clarification, mayKnowAsker, Question } from '@navet/clarifications';
import { notFound } from '@navet/core';
import type { Organization } from '@navet/identity';
import type { Need } from '@navet/needs';
import type { GqlContext } from '../graphql/graphql-context';
import { OrganizationModel } from '../identity/identity.models';
import { ClarificationModel, NeedModel } from '../needs/need.models';
import { QuestionModel } from './question.models';

/**
 * Nested fields of a question. Questions reach only the asker, the need's buyer and admins (the
 * services check), so the need loads unfiltered; who asked is checked once more per field.
 */
@Resolver(() => QuestionModel)
export class QuestionFieldsResolver {
  @ResolveField(() => NeedModel)
  async need(@Parent() q: Question, @Context() ctx: GqlContext): Promise<Need> {
    const need = await ctx.loaders.need.load(q.needId);
    if (!need) throw notFound('Need');
    return need;
  }

  @ResolveField(() => OrganizationModel, {
    nullable: true,
    description: 'The asking organization: visible to the asker, the owning buyer organization and admins only.',
  })
  async askedBy(@Parent() q: Question, @Context() ctx: GqlContext): Promise<Organization | null> {
    const need = await ctx.loaders.need.load(q.needId);
    if (!need || !mayKnowAsker(ctx.actor, q, need.buyerOrganizationId)) return null;
    return ctx.loaders.organization.load(q.organizationId);
  }

  @ResolveField(() => ClarificationModel, { nullable: true, description: 'The public answer, once published.' })
  clarification(@Parent() q: Question, @Context() ctx: GqlContext): Promise<Clarification | null> {
    return q.clarificationId ? ctx.loaders.clarification.load(q.clarificationId) : Promise.resolve(null);
  }
}
