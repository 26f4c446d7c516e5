import {
  Arg,
  Authorized,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../core/context';
import { Role } from '../core/enums';
import { unauthenticated } from '../core/errors';
import { listCost } from '../graphql/query-cost';
import { OWN_TRANSACTIONS } from '../graphql/transaction-per-mutation';
import { Office } from '../offices/office.entity';
import { officeLoader } from '../offices/office.loaders';
import { Officer } from './officer.entity';
import { OfficerInput, OfficerUpdateInput } from './officer.inputs';
import { officerLoader } from './officer.loaders';
import { changePassword, createOfficer, getOfficer, listOfficers, updateOfficer } from './officer.service';

@ObjectType()
export class OfficerPage {
  @Field(() => [Officer])
  @Extensions(listCost({ rows: 'page' }))
  items: Officer[];
  @Field(() => Int) total: number;
}

@Resolver(() => Officer)
export class OfficerResolver {
  @Authorized()
  @Query(() => Officer)
  async me(@Ctx() ctx: RequestContext): Promise<Officer> {
    const officer = ctx.officer && (await ctx.loaders.of(officerLoader).load(ctx.officer.id));
    if (!officer) throw unauthenticated();
    return officer;
  }

  @Authorized()
  @Query(() => OfficerPage)
  officers(
    @Ctx() ctx: RequestContext,
    @Arg('page', () => Int, { defaultValue: 1, nullable: true }) page: number | null,
    @Arg('perPage', () => Int, { defaultValue: 100, nullable: true }) perPage: number | null,
    @Arg('officeIds', () => [ID], { nullable: true }) officeIds: string[] | null,
    @Arg('role', () => Role, { nullable: true }) role: Role | null,
    @Arg('q', () => String, { nullable: true, description: 'Part of the username or the display name.' }) q:
      | string
      | null,
  ): Promise<OfficerPage> {
    return listOfficers(ctx, { page, perPage, officeIds, role, q });
  }

  @Authorized()
  @Query(() => Officer, {
    nullable: true,
    description: 'One officer; null when there is none or it is outside the office scope of the signed-in officer.',
  })
  officer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Officer | null> {
    return getOfficer(ctx, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Officer)
  createOfficer(@Ctx() ctx: RequestContext, @Arg('input', () => OfficerInput) input: OfficerInput): Promise<Officer> {
    return createOfficer(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Officer)
  updateOfficer(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OfficerUpdateInput) input: OfficerUpdateInput,
  ): Promise<Officer> {
    return updateOfficer(ctx, id, input);
  }

  @Authorized()
  @Extensions(OWN_TRANSACTIONS)
  @Mutation(() => Boolean, {
    description: 'The signed-in officer changes their own password (at least 12 characters).',
  })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    return changePassword(ctx, currentPassword, newPassword);
  }

  @FieldResolver(() => Office)
  async office(@Root() officer: Officer, @Ctx() ctx: RequestContext): Promise<Office> {
    const office = await ctx.loaders.of(officeLoader).load(officer.officeId);
    // Offices are never deleted: the office an officer names is there.
    if (!office) throw new Error(`Office ${officer.officeId} of officer ${officer.id} not found`);
    return office;
  }
}
