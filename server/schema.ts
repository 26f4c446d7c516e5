import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import {
  IssuedDocumentResolver,
  MailingResolver,
  SupplementResolver,
} from './applications/application.columns.resolver';
import { ApplicationHallEventsResolver } from './applications/application.hall-events.resolver';
import { ApplicationNotificationsResolver } from './applications/application.notifications.resolver';
import { ApplicationRecordChecksResolver } from './applications/application.record-checks.resolver';
import { ApplicationResolver } from './applications/application.resolver';
import { CalendarCorrectionResolver } from './applications/calendar-correction.resolver';
import { OfficerCasesResolver } from './applications/officer-cases.resolver';
import { WorkflowResolver } from './applications/workflow.resolver';
import { ApplicationHistoryResolver, AuditResolver } from './audit-trail/audit-trail.resolver';
import { CalendarResolver } from './calendar/calendar.resolver';
import { HallClientResolver } from './clients/client.resolver';
import { DocumentResolver } from './documents/document.resolver';
import { FeeResolver } from './fees/fee.resolver';
import { enforceInputLimits } from './graphql/input-limits';
import { DateTimeScalar } from './graphql/scalars';
import { transactionPerMutation } from './graphql/transaction-per-mutation';
import { resolversTrimmed } from './graphql/trimmed-resolvers';
import { authChecker } from './officers/auth-checker';
import { OfficerResolver } from './officers/officer.resolver';
import { OfficeResolver } from './offices/office.resolver';
import { PresenceResolver } from './presence/presence.resolver';
import { ReasonTemplateResolver } from './reason-templates/reason-template.resolver';
import { RecordCheckResolver } from './records/record-check.resolver';
import { RegionResolver } from './regions/region.resolver';
import { ReportResolver } from './reports/report.resolver';
import { RoutingDecisionResolver, RoutingRuleResolver, RoutingStepResolver } from './routing/routing.resolver';

const RESOLVERS = [
  ApplicationResolver,
  WorkflowResolver,
  IssuedDocumentResolver,
  MailingResolver,
  SupplementResolver,
  AuditResolver,
  ApplicationHistoryResolver,
  CalendarResolver,
  CalendarCorrectionResolver,
  DocumentResolver,
  FeeResolver,
  OfficeResolver,
  ReasonTemplateResolver,
  OfficerResolver,
  OfficerCasesResolver,
  PresenceResolver,
  RegionResolver,
  ReportResolver,
  RoutingRuleResolver,
  RoutingDecisionResolver,
  RoutingStepResolver,
  ApplicationRecordChecksResolver,
  RecordCheckResolver,
  ApplicationNotificationsResolver,
  ApplicationHallEventsResolver,
  HallClientResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The API's schema, built once per process: the GraphQL server and the exports (which read its input types) share it. */
export function createSchema(): Promise<GraphQLSchema> {
  if (built) return built;
  built = buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
  })
    .then((schema) => resolversTrimmed(schema, RESOLVERS))
    .then(transactionPerMutation)
    .then(enforceInputLimits);
  return built;
}

/** The SDL committed as schema.graphql: sorted, so the file changes only when the API does. */
export async function printSchemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
