import { type GraphQLFieldResolver, GraphQLSchema, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
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
  OfficerResolver,
  ReportResolver,
  RoutingRuleResolver,
  RoutingDecisionResolver,
  RoutingStepResolver,
  ApplicationRecordChecksResolver,
  RecordCheckResolver,
  ApplicationNotificationsResolver,
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
    .then(plainFieldsReadDirectly)
    .then(fieldResolversCalledDirectly)
    .then(transactionPerMutation)
    .then(enforceInputLimits);
  return built;
}

/**
 * A field that only reads its property (no resolver method, role or middleware of its own, and the
 * same name in the schema) gets no resolver: GraphQL reads the property itself. type-graphql would
 * otherwise wrap each in a function of its own, called for every field of every row (a page of 50
 * cases answers about 1,500), which also keeps graphql-jit from reading the property inline. Done
 * on the built schema: type-graphql fills in a field's roles and middlewares while it builds.
 */
function plainFieldsReadDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      // @Authorized() without roles still asks for a signed-in officer: any roles at all keep the wrapper.
      if (field.roles || field.middlewares?.length || field.name !== field.schemaName || !fields[field.schemaName]) continue;
      if (storage.fieldResolvers.some((r) => r.getObjectType?.() === field.target && r.methodName === field.name)) continue;
      fields[field.schemaName].resolve = undefined;
    }
  }
  return schema;
}

/** The SDL committed as schema.graphql: sorted, so the file changes only when the API does. */
export async function printSchemaSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema())) + '\n';
}

/**
 * A field resolver that takes only its object, the context and the info, with no role or
 * middleware of its own, is called as it is. type-graphql's wrapper sorts and reads the
 * parameters' metadata anew on every call, which cost more than most such resolvers (an office,
 * an assignee, a time-limit state), called for every row of a page. An object that is not already
 * of the resolver's root type goes through the wrapper, which converts it.
 */
function fieldResolversCalledDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const done = new Set<unknown>();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || !(RESOLVERS as readonly Function[]).includes(resolver.target)) continue;
    const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
    const at = params.map((p) =>
      p.kind === 'root' && !p.propertyName ? 0 : p.kind === 'context' && !p.propertyName ? 2 : p.kind === 'info' ? 3 : -1,
    );
    if (at.includes(-1)) continue;
    const objectType = storage.objectTypes.find((o) => o.target === resolver.getObjectType?.());
    const type = objectType && schema.getType(objectType.name);
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    // The first resolver class of a field answers it, as type-graphql chooses.
    if (!field?.resolve || done.has(field)) continue;
    done.add(field);
    if (resolver.roles || resolver.middlewares?.length) continue;
    const wrapped = field.resolve;
    const rootParam = params.find((p) => p.kind === 'root');
    const rootType = (rootParam?.kind === 'root' && rootParam.getType?.()) || Object;
    const instance = new (resolver.target as new () => Record<string, (...args: unknown[]) => unknown>)();
    const method = instance[resolver.methodName];
    const direct: GraphQLFieldResolver<unknown, unknown> = (root, args, context, info) => {
      if (!(root instanceof (rootType as Function))) return wrapped(root, args, context, info);
      const given = [root, args, context, info];
      return method.apply(
        instance,
        at.map((i) => given[i]),
      );
    };
    field.resolve = direct;
  }
  return schema;
}
