import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Each field's resolver, trimmed on the schema built of `resolvers` (type-graphql fills in a field's roles and
 * middlewares while it builds). type-graphql wraps every field in a function of its own, called for
 * every field of every row (a page of 50 cases answers about 1,500):
 * - a field that only reads its property (no resolver method, role or middleware of its own, and
 *   the same name in the schema) gets no resolver: GraphQL reads the property itself, and
 *   graphql-jit can read it inline;
 * - a resolver method that takes only its object, the context and the info, with no role or
 *   middleware of its own, is called as it is. The wrapper sorts and reads the parameters'
 *   metadata anew on every call, which cost more than most such methods (an office, an assignee,
 *   a time-limit state). An object that is not already of the method's root type still goes
 *   through the wrapper, which converts it.
 */
export function resolversTrimmed(schema: GraphQLSchema, resolvers: readonly Constructor[]): GraphQLSchema {
  const storage = getMetadataStorage();
  for (const objectType of storage.objectTypes) {
    const type = schema.getType(objectType.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of objectType.fields ?? []) {
      const built = fields[field.schemaName];
      if (!built?.resolve) continue;
      // The method that answers the field, chosen as type-graphql chooses it.
      const resolver = storage.fieldResolvers.find(
        (r) =>
          (r.kind === 'internal' || resolvers.some((c) => c === r.target)) &&
          r.getObjectType?.() === field.target &&
          r.methodName === field.name,
      );
      if (!resolver) {
        // @Authorized() without roles still asks for a signed-in officer: any roles at all keep the wrapper.
        if (!field.roles && !field.middlewares?.length && field.name === field.schemaName) built.resolve = undefined;
      } else if (resolver.kind === 'external' && !resolver.roles && !resolver.middlewares?.length) {
        built.resolve = calledDirectly(resolver, built.resolve) ?? built.resolve;
      }
    }
  }
  return schema;
}

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];
type Method = (this: unknown, ...args: unknown[]) => unknown;
/** A class: what a resolver is, and what `instanceof` tests a root against. */
type Constructor = abstract new (...args: never[]) => unknown;

/** Whether `instanceof` can test against `value`: a function with a prototype object (a class). */
const isConstructor = (value: unknown): value is Constructor =>
  typeof value === 'function' && typeof value.prototype === 'object' && value.prototype !== null;

/** The method called with its object, context or info as it asks for them, without an array per call; none if it asks for more. */
function calledDirectly(
  resolver: FieldResolverMetadata,
  wrapped: GraphQLFieldResolver<unknown, unknown>,
): GraphQLFieldResolver<unknown, unknown> | undefined {
  const params = [...(resolver.params ?? [])].sort((a, b) => a.index - b.index);
  // A parameter of one property of the object or context, an argument or a decorator of its own goes through the wrapper.
  const kinds = params
    .map((p) => (((p.kind === 'root' || p.kind === 'context') && !p.propertyName) || p.kind === 'info' ? p.kind : '?'))
    .join(',');
  const rootParam = params.find((p) => p.kind === 'root');
  const declared = rootParam?.kind === 'root' ? rootParam.getType?.() : undefined;
  // A root declared of a type `instanceof` cannot test against keeps the wrapper.
  if (declared && !isConstructor(declared)) return undefined;
  const rootType = declared || Object;
  const instance = new (resolver.target as new () => Record<string, Method>)();
  const method = instance[resolver.methodName];
  const calls: Record<string, (root: unknown, context: unknown, info: unknown) => unknown> = {
    '': () => method.call(instance),
    root: (root) => method.call(instance, root),
    'root,context': (root, context) => method.call(instance, root, context),
    'root,context,info': (root, context, info) => method.call(instance, root, context, info),
    'root,info': (root, _context, info) => method.call(instance, root, info),
  };
  const call = calls[kinds];
  if (!call) return undefined;
  return (root, args, context, info) =>
    root instanceof rootType ? call(root, context, info) : wrapped(root, args, context, info);
}
