import { Arg, Authorized, Ctx, Extensions, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { ReasonKind, Role } from '../core/enums';
import { ASSUMED_MOST, listCost } from '../graphql/query-cost';
import { ReasonTemplate } from './reason-template.entity';
import { ReasonTemplateInput } from './reason-template.inputs';
import { listReasonTemplates, saveReasonTemplate } from './reason-template.service';

@Resolver(() => ReasonTemplate)
export class ReasonTemplateResolver {
  @Authorized()
  @Extensions(listCost({ rows: ASSUMED_MOST.reasonTemplates, statementsPerParent: 1 }))
  @Query(() => [ReasonTemplate], {
    description: 'The reasons administrators worded for a step, in their order; retired ones with withRetired.',
  })
  reasonTemplates(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ReasonKind, { nullable: true }) kind: ReasonKind | null,
    @Arg('withRetired', () => Boolean, { defaultValue: false }) withRetired: boolean,
  ): Promise<ReasonTemplate[]> {
    return listReasonTemplates(ctx, kind, withRetired);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ReasonTemplate)
  createReasonTemplate(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReasonTemplateInput) input: ReasonTemplateInput,
  ): Promise<ReasonTemplate> {
    return saveReasonTemplate(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ReasonTemplate)
  updateReasonTemplate(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReasonTemplateInput) input: ReasonTemplateInput,
  ): Promise<ReasonTemplate> {
    return saveReasonTemplate(ctx, input, Number(id) || -1);
  }
}
