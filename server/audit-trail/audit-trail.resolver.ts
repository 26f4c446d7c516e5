import {
  Arg,
  Authorized,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Application } from '../applications/application.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import type { RequestContext } from '../core/context';
import { listCost } from '../graphql/query-cost';
import { Officer } from '../officers/officer.entity';
import { officerLoader } from '../officers/officer.loaders';
import { auditTrail } from './audit-trail';

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEvent])
  @Extensions(listCost({ rows: 'page' }))
  items: AuditEvent[];
  @Field(() => Int) total: number;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized()
  @Query(() => AuditEventPage)
  auditTrail(
    @Ctx() ctx: RequestContext,
    @Arg('entityType', () => String) entityType: string,
    @Arg('entityId', () => String) entityId: string,
    @Arg('page', () => Int, { defaultValue: 1, nullable: true }) page: number | null,
    @Arg('perPage', () => Int, { defaultValue: 50, nullable: true }) perPage: number | null,
  ): Promise<AuditEventPage> {
    return auditTrail(ctx, entityType, entityId, page, perPage);
  }

  @FieldResolver(() => Officer, { nullable: true })
  actor(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<Officer | null> | null {
    return event.actorId == null ? null : ctx.loaders.of(officerLoader).load(event.actorId);
  }
}

/** The events of a case's `history`: its newest. */
const HISTORY_ROWS = 200;

/** A case's `history`: its audit trail, read under the same rule as auditTrail (the case's scope). */
@Resolver(() => Application)
export class ApplicationHistoryResolver {
  @FieldResolver(() => [AuditEvent])
  // For each case: its scope, its page of events and their count.
  @Extensions(listCost({ rows: HISTORY_ROWS, statementsPerParent: 3 }))
  async history(@Root() a: Application, @Ctx() ctx: RequestContext): Promise<AuditEvent[]> {
    return (await auditTrail(ctx, 'Application', String(a.id), 1, HISTORY_ROWS)).items;
  }
}
