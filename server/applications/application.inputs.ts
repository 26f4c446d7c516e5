import { Field, ID, InputType } from 'type-graphql';
import {
  ApplicantKind,
  ApplicationSortField,
  ApplicationStatus,
  Channel,
  DeliveryMethod,
  Purpose,
  RecordCheckStatus,
  SlaState,
  SortOrder,
  SubjectCategory,
} from '../core/enums';

// The queue's filter and sort (intake's ApplicationInput is in intake/intake.inputs.ts).

@InputType()
export class ApplicationFilter {
  @Field(() => String, {
    nullable: true,
    description:
      "A reference number or its start (RC20261207-0017), its last five characters as read out (0017X), a full identity or passport number (found by its keyed hash, the search audited), a name with the last four digits of the phone (张伟 4252), or part of the subject's, agent's or unit's name.",
  })
  q?: string | null;
  @Field(() => [ID], { nullable: true }) ids?: string[] | null;
  @Field(() => [ApplicationStatus], { nullable: true }) status?: ApplicationStatus[] | null;
  @Field(() => [ID], { nullable: true }) officeIds?: string[] | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true }) unassigned?: boolean | null;
  @Field(() => Boolean, { nullable: true }) mine?: boolean | null;
  @Field(() => ApplicantKind, { nullable: true }) applicantKind?: ApplicantKind | null;
  @Field(() => SubjectCategory, { nullable: true }) subjectCategory?: SubjectCategory | null;
  @Field(() => Purpose, { nullable: true }) purpose?: Purpose | null;
  @Field(() => DeliveryMethod, { nullable: true }) delivery?: DeliveryMethod | null;
  @Field(() => [SlaState], { nullable: true }) slaState?: SlaState[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: cases due by the end of today (Asia/Shanghai) whose time limit runs and is not past yet (as queueCounts.dueToday counts them).',
  })
  dueToday?: boolean | null;
  @Field(() => Date, { nullable: true }) submittedFrom?: Date | null;
  @Field(() => Date, { nullable: true }) submittedTo?: Date | null;
  @Field(() => Boolean, { nullable: true, description: 'Cases with at least one document waiting for verification.' })
  documentsPending?: boolean | null;
  @Field(() => [RecordCheckStatus], {
    nullable: true,
    description:
      'Cases whose latest record check is in one of these statuses (MATCHES_FOUND: the registry found records to look at).',
  })
  recordCheckStatus?: RecordCheckStatus[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Cases with a text message to the applicant that failed in the last 24 hours (as queueCounts.failedNotifications counts them).',
  })
  notificationFailed?: boolean | null;
  @Field(() => Channel, {
    nullable: true,
    description: 'ONLINE: handed over by the online hall; COUNTER: taken at a counter.',
  })
  channel?: Channel | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Decided cases whose fee is due and not yet paid (with channel ONLINE: waiting for the payment platform).',
  })
  awaitingPayment?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Cases awaiting a supplement that the applicant answered through the online hall, for an officer to confirm.',
  })
  supplementAnswered?: boolean | null;
}

@InputType()
export class ApplicationSort {
  @Field(() => ApplicationSortField) field: ApplicationSortField;
  @Field(() => SortOrder) order: SortOrder;
}
