import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { ApplicationResolver } from './applications/application.resolver';
import { CalendarCorrectionResolver } from './applications/calendar-correction.resolver';
import { WorkflowResolver } from './applications/workflow.resolver';
import { IssuedDocumentResolver, MailingResolver, SupplementResolver } from './applications/application.columns.resolver';
import { ApplicationHistoryResolver, AuditResolver } from './audit-trail/audit-trail.resolver';
import { CalendarResolver } from './calendar/calendar.resolver';
import { authChecker } from './officers/auth-checker';
import { enforceInputLimits } from './core/input-limits';
import { DateTimeScalar } from './core/scalars';
import { transactionPerMutation } from './core/transaction';
import { DocumentResolver } from './documents/document.resolver';
import { FeeResolver } from './fees/fee.resolver';
import { OfficeResolver } from './offices/office.resolver';
import { OfficerResolver } from './officers/officer.resolver';
import { ReportResolver } from './reports/report.resolver';
import { ApplicationRecordChecksResolver } from './applications/record-checks.resolver';
import { ApplicationNotificationsResolver } from './applications/notifications.resolver';
import { RecordCheckResolver } from './records/record-check.resolver';
import { RoutingDecisionResolver, RoutingRuleResolver, RoutingStepResolver } from './routing/routing.resolver';

let built: Promise<GraphQLSchema> | undefined;

/** The API's schema, built once per process: the GraphQL server and the exports (which read its input types) share it. */
export function createSchema(): Promise<GraphQLSchema> {
  if (built) return built;
  plainFieldsReadDirectly();
  built = buildSchema({
    resolvers: [
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
      OfficerResolver,
      ReportResolver,
      RoutingRuleResolver,
      RoutingDecisionResolver,
      RoutingStepResolver,
      ApplicationRecordChecksResolver,
      RecordCheckResolver,
      ApplicationNotificationsResolver,
    ],
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
  })
    .then(transactionPerMutation)
    .then(enforceInputLimits);
  return built;
}

/**
 * A field that only reads its property (no resolver method, role or middleware of its own, and the
 * same name in the schema) gets no resolver: GraphQL reads the property itself. type-graphql would
 * otherwise wrap each in a function of its own, called for every field of every row (a page of 50
 * cases answers about 1,500), which also keeps graphql-jit from reading the property inline.
 */
function plainFieldsReadDirectly(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.roles?.length || field.middlewares?.length || field.name !== field.schemaName) continue;
    field.simple ??= true;
  }
}

/** The SDL committed as schema.graphql: sorted, so the file changes only when the API does. */
export async function printSchemaSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}
