import { Extensions, Field, Int, ObjectType } from 'type-graphql';
import { ApplicationStatus } from '../core/enums';
import { listCost } from '../graphql/query-cost';
import { Application } from './application.entity';

@ObjectType()
export class ApplicationPage {
  @Field(() => [Application])
  @Extensions(listCost({ rows: 'page' }))
  items: Application[];
  @Field(() => Int) total: number;
}

@ObjectType()
export class QueueCount {
  @Field(() => ApplicationStatus) status: ApplicationStatus;
  @Field(() => Int) count: number;
}

@ObjectType()
export class QueueCounts {
  @Field(() => [QueueCount])
  @Extensions(listCost({ rows: Object.keys(ApplicationStatus).length }))
  byStatus: QueueCount[];
  @Field(() => Int) unassigned: number;
  @Field(() => Int) mine: number;
  @Field(() => Int) overdue: number;
  @Field(() => Int) dueSoon: number;
  @Field(() => Int, { description: 'Running cases due by the end of today (Asia/Shanghai).' }) dueToday: number;
  @Field(() => Int, {
    description: 'Cases accepted and not yet decided (or awaiting sign-off) whose latest record check found matches.',
  })
  recordMatches: number;
  @Field(() => Int, {
    description:
      'Text messages to applicants of these cases that failed in the last 24 hours (an officer may send them again).',
  })
  failedNotifications: number;
}
