import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Authorized,
  Ctx,
  Extensions,
  FieldResolver,
  Float,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { loadedCalendar, requestCalendar, type WorkCalendar } from '../calendar/calendar.service';
import { workdaysSpanned, workingDaysElapsed } from '../calendar/clock';
import { loader, officerOf, type RequestContext } from '../core/context';
import { CaseAction, DocumentKind, type Outcome, PersonRole, SlaState } from '../core/enums';
import { propertiesOf } from '../db/rows';
import { ASSUMED_MOST, listCost } from '../graphql/query-cost';
import { selectedFields } from '../graphql/selection';
import { ApplicationInput } from '../intake/intake.inputs';
import { Officer } from '../officers/officer.entity';
import { officerLoader } from '../officers/officer.loaders';
import { Office } from '../offices/office.entity';
import { officeLoader } from '../offices/office.loaders';
import { applicantLanguage } from '../public/language';
import { progressUrl } from '../public/public-urls';
import { readOfRecord } from '../records/record-reads';
import { RoutingDecision } from '../routing/routing-decision';
import {
  IssuedDocumentRecord,
  MailingAddressRecord,
  MailingRecord,
  PersonRecord,
  SupplementRecord,
  UnitRecord,
} from './application.columns';
import type { IssuedDocumentView } from './application.columns.resolver';
import { Application } from './application.entity';
import { ApplicationFilter, ApplicationSort } from './application.inputs';
import { documentsLoader, routingDecisionLoader } from './application.loaders';
import { ApplicationPage, QueueCounts } from './application.outputs';
import { listsOfFields, pageProperties, primeLists } from './application.reads';
import {
  getApplication,
  listApplications,
  OTHER_APPLICATIONS_SHOWN,
  otherApplicationsOf,
  queueCounts,
  revealIdNumber,
  submitApplication,
} from './application.service';
import { Document } from './document.entity';
import { missingDocumentKinds } from './required-documents';
import { slaStateOf } from './sla';
import { availableActions, clockClosedAt } from './workflow';

/** When the request judges time limits (slaState): now, and when "due soon" ends, the same for every row. */
const slaClockLoader = loader('slaClock', (): { now: Date; dueSoonBefore?: Date } => ({ now: new Date() }));

@Resolver(() => Application)
export class ApplicationResolver {
  @Authorized()
  @Query(() => ApplicationPage)
  async applications(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter: ApplicationFilter | null,
    @Arg('sort', () => ApplicationSort, { nullable: true }) sort: ApplicationSort | null,
    @Arg('page', () => Int, { defaultValue: 1, nullable: true }) page: number | null,
    @Arg('perPage', () => Int, { defaultValue: 25, nullable: true }) perPage: number | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ApplicationPage> {
    const properties = pageProperties(selectedFields(info, ['items']), propertiesOf(ctx.ds, Application));
    const [found] = await Promise.all([
      listApplications(ctx, filter, sort, page, perPage, properties),
      // What the rows' fields read (kept in memory, so seldom a statement), ready before they resolve:
      // then each row answers at once rather than with a promise of its own.
      ctx.loaders.of(officeLoader).ready(),
      ctx.loaders.of(officerLoader).ready(),
      requestCalendar(ctx),
    ]);
    return found;
  }

  @Authorized()
  @Query(() => Application, { nullable: true })
  async application(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Application | null> {
    // The lists of the case its fields ask for come in the case's own statement, for their loaders to answer.
    const lists = listsOfFields(selectedFields(info, []));
    const found = await getApplication(ctx, id, lists);
    if (found.application) primeLists(ctx, found.application.id, lists, found.lists);
    return found.application;
  }

  @Authorized()
  @Query(() => QueueCounts)
  queueCounts(
    @Ctx() ctx: RequestContext,
    @Arg('officeIds', () => [ID], { nullable: true }) officeIds: string[] | null,
  ): Promise<QueueCounts> {
    return queueCounts(ctx, officeIds);
  }

  @Authorized()
  @Mutation(() => Application, {
    description:
      'Intake: from the online service hall or a counter. Validates identifiers, routes, and returns the new case.',
  })
  submitApplication(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ApplicationInput) input: ApplicationInput,
  ): Promise<Application> {
    return submitApplication(ctx, input);
  }

  @Authorized()
  @Mutation(() => String, {
    description: 'Returns the full identity number and writes who, when and why to the audit trail.',
  })
  revealIdNumber(
    @Ctx() ctx: RequestContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('person', () => PersonRole) person: PersonRole,
    @Arg('reason', () => String) reason: string,
  ): Promise<string> {
    return revealIdNumber(ctx, applicationId, person, reason);
  }

  @FieldResolver(() => PersonRecord, {
    nullable: true,
    description: "Set when an agent applies on the subject's behalf.",
  })
  agent(@Root() a: Application): PersonRecord | null {
    return a.agent?.name ? a.agent : null;
  }

  @FieldResolver(() => UnitRecord, { nullable: true, description: 'Set for unit inquiries.' })
  unit(@Root() a: Application): UnitRecord | null {
    return a.unit?.name ? a.unit : null;
  }

  @FieldResolver(() => MailingAddressRecord, { nullable: true })
  mailingAddress(@Root() a: Application): MailingAddressRecord | null {
    return a.mailingAddress?.recipient ? a.mailingAddress : null;
  }

  @FieldResolver(() => Office)
  office(@Root() a: Application, @Ctx() ctx: RequestContext): Office | Promise<Office | null> | null {
    return ctx.loaders.of(officeLoader).get(a.officeId);
  }

  @FieldResolver(() => String, {
    description:
      'The public page where the applicant follows the case, its reference filled in, in the language the applicant is written to (the counter receipt prints it).',
  })
  progressUrl(@Root() a: Application, @Ctx() ctx: RequestContext): string {
    return progressUrl(ctx.config.publicBaseUrl, a.referenceNo, applicantLanguage(a));
  }

  @FieldResolver(() => RoutingDecision)
  routing(@Root() a: Application, @Ctx() ctx: RequestContext): RoutingDecision | Promise<RoutingDecision> {
    // A page of the list reads its cases without it (application.service.ts, pageOfCases).
    return a.routingDecision ?? ctx.loaders.of(routingDecisionLoader).load(a.id);
  }

  @FieldResolver(() => Officer, { nullable: true })
  assignee(@Root() a: Application, @Ctx() ctx: RequestContext): Officer | Promise<Officer | null> | null {
    return a.assigneeId == null ? null : ctx.loaders.of(officerLoader).get(a.assigneeId);
  }

  @FieldResolver(() => Officer, { nullable: true })
  decidedBy(@Root() a: Application, @Ctx() ctx: RequestContext): Officer | Promise<Officer | null> | null {
    return a.decidedById == null ? null : ctx.loaders.of(officerLoader).get(a.decidedById);
  }

  @FieldResolver(() => Officer, { nullable: true })
  signedOffBy(@Root() a: Application, @Ctx() ctx: RequestContext): Officer | Promise<Officer | null> | null {
    return a.signedOffById == null ? null : ctx.loaders.of(officerLoader).get(a.signedOffById);
  }

  @FieldResolver(() => Officer, {
    nullable: true,
    description:
      'The supervisor who sent the decision back at sign-off (statusReason says why); null once decided again.',
  })
  returnedBy(@Root() a: Application, @Ctx() ctx: RequestContext): Officer | Promise<Officer | null> | null {
    return a.returnedById == null ? null : ctx.loaders.of(officerLoader).get(a.returnedById);
  }

  @FieldResolver(() => [Application], {
    description:
      "The subject's other cases (the same identity number) in the officer's scope, newest first, at most 10.",
  })
  @Extensions(listCost({ rows: OTHER_APPLICATIONS_SHOWN, statementsPerParent: 1 }))
  otherApplications(@Root() a: Application, @Ctx() ctx: RequestContext): Promise<Application[]> {
    return otherApplicationsOf(ctx, a);
  }

  @FieldResolver(() => [Document])
  @Extensions(listCost({ rows: ASSUMED_MOST.documentsOfCase }))
  documents(@Root() a: Application, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return ctx.loaders.of(documentsLoader).load(a.id);
  }

  @FieldResolver(() => [DocumentKind], {
    description: 'Kinds the case type requires that have no verified document yet.',
  })
  async missingDocumentKinds(@Root() a: Application, @Ctx() ctx: RequestContext): Promise<DocumentKind[]> {
    return missingDocumentKinds(a, await ctx.loaders.of(documentsLoader).load(a.id));
  }

  // The calendar is read once per request, and every row of an answer is judged at the same
  // instant: the rows of a page after the first answer at once.
  @FieldResolver(() => SlaState)
  slaState(@Root() a: Application, @Ctx() ctx: RequestContext): SlaState | Promise<SlaState> {
    const slaState = (calendar: WorkCalendar) => {
      const clock = ctx.loaders.of(slaClockLoader);
      clock.dueSoonBefore ??= calendar.dueSoonBefore(clock.now);
      return slaStateOf(a, clock.now, clock.dueSoonBefore);
    };
    const calendar = loadedCalendar(ctx);
    return calendar ? slaState(calendar) : requestCalendar(ctx).then(slaState);
  }

  @FieldResolver(() => Float, { description: 'Working days the clock has run so far (paused time excluded).' })
  workingDaysElapsed(@Root() a: Application, @Ctx() ctx: RequestContext): number | Promise<number> {
    const elapsed = (calendar: WorkCalendar) =>
      workingDaysElapsed(calendar, { ...a, closedAt: clockClosedAt(a) }, new Date());
    const calendar = loadedCalendar(ctx);
    return calendar ? elapsed(calendar) : requestCalendar(ctx).then(elapsed);
  }

  @FieldResolver(() => Float, {
    description:
      'Working days since the case was submitted (days d with the submission day < d <= today), up to its decision or its closing.',
  })
  workingDaysWaited(@Root() a: Application, @Ctx() ctx: RequestContext): number | Promise<number> {
    const stop = a.decidedAt ?? clockClosedAt(a) ?? new Date();
    const waited = (calendar: WorkCalendar) => workdaysSpanned(calendar, a.submittedAt, stop);
    const calendar = loadedCalendar(ctx);
    return calendar ? waited(calendar) : requestCalendar(ctx).then(waited);
  }

  // The decision and the kind of document it was issued as tell whether the subject has a record: their reads are audited (records/record-reads.ts).
  @FieldResolver()
  outcome(@Root() a: Application, @Ctx() ctx: RequestContext): Outcome | Promise<Outcome> | null {
    return a.outcome == null ? null : readOfRecord(ctx, a.id, a.outcome);
  }

  @FieldResolver(() => IssuedDocumentRecord, { nullable: true })
  issuedDocument(
    @Root() a: Application,
    @Ctx() ctx: RequestContext,
  ): IssuedDocumentView | Promise<IssuedDocumentView> | null {
    return a.issued?.number ? readOfRecord(ctx, a.id, { ...a.issued, applicationId: a.id }) : null;
  }

  @FieldResolver(() => MailingRecord, { nullable: true })
  mailing(@Root() a: Application): MailingRecord | null {
    return a.mailing?.carrier ? a.mailing : null;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the document reached the applicant: by mail, at the counter, or electronically.',
  })
  deliveredAt(@Root() a: Application): Date | null {
    return a.mailing?.deliveredAt ?? null;
  }

  @FieldResolver(() => SupplementRecord, {
    nullable: true,
    description: 'What the applicant was asked to supply, while AWAITING_SUPPLEMENT (and kept afterwards).',
  })
  supplementRequest(@Root() a: Application): SupplementRecord | null {
    return a.supplement?.reason ? a.supplement : null;
  }

  @FieldResolver(() => [CaseAction], {
    description:
      'What the signed-in officer may do to this case now, from the same state machine the mutations use (the console shows exactly these).',
  })
  async availableActions(@Root() a: Application, @Ctx() ctx: RequestContext): Promise<CaseAction[]> {
    const documents = await ctx.loaders.of(documentsLoader).load(a.id);
    return availableActions(
      { application: a, missingDocumentKinds: missingDocumentKinds(a, documents), documentCount: documents.length },
      officerOf(ctx),
    );
  }
}
