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
import { OfficeKind, Role } from '../core/enums';
import { listCost } from '../graphql/query-cost';
import { Office } from './office.entity';
import { OfficeInput } from './office.inputs';
import { officeLoader } from './office.loaders';
import { listOffices, saveOffice } from './office.service';

@ObjectType()
export class OfficePage {
  @Field(() => [Office])
  @Extensions(listCost({ rows: 'page' }))
  items: Office[];
  @Field(() => Int) total: number;
}

@Resolver(() => Office)
export class OfficeResolver {
  @Authorized()
  @Query(() => OfficePage)
  offices(
    @Ctx() ctx: RequestContext,
    @Arg('page', () => Int, { defaultValue: 1, nullable: true }) page: number | null,
    @Arg('perPage', () => Int, { defaultValue: 100, nullable: true }) perPage: number | null,
    @Arg('q', () => String, { nullable: true }) q: string | null,
    @Arg('kind', () => OfficeKind, { nullable: true }) kind: OfficeKind | null,
  ): Promise<OfficePage> {
    return listOffices(ctx, { page, perPage, q, kind });
  }

  @Authorized()
  @Query(() => Office, { nullable: true })
  office(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Office | null> {
    return ctx.loaders.of(officeLoader).load(Number(id));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Office)
  createOffice(@Ctx() ctx: RequestContext, @Arg('input', () => OfficeInput) input: OfficeInput): Promise<Office> {
    return saveOffice(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Office)
  updateOffice(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OfficeInput) input: OfficeInput,
  ): Promise<Office> {
    return saveOffice(ctx, input, Number(id));
  }

  @FieldResolver(() => Office, { nullable: true })
  parent(@Root() office: Office, @Ctx() ctx: RequestContext): Promise<Office | null> | null {
    return office.parentId == null ? null : ctx.loaders.of(officeLoader).load(office.parentId);
  }
}
