import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { costModelOf, DocumentCost } from './query-cost';

/**
 * What one GraphQL request may cost, checked before anything runs. The console's heaviest
 * requests (a 200-row queue page, a case page, the reports) stay well inside each figure.
 */
export const QUERY_LIMITS = {
  /** Lexical tokens in the document (graphql-js stops parsing past this). */
  maxTokens: 4000,
  /** Nesting of selections. */
  maxDepth: 10,
  /** Aliased fields in the whole document. */
  maxAliases: 20,
  /** Directives in the whole document. */
  maxDirectives: 20,
  /** Values the answer may hold and statements it may send, estimated (see query-cost.ts), all operations of the document together. */
  maxCost: 50_000,
  /** Fragments the document defines. */
  maxFragments: 50,
  /**
   * Fields that answer one place of the answer together: a response name asked again beside
   * itself, directly, through fragments or under a repeated parent. Validation compares each pair.
   */
  maxFieldsAtOnePlace: 10,
  /**
   * Fields of the document's operations with their fragments spread where they are used (a field
   * once a place), and of the fragments they do not spread: validation goes through each, and
   * graphql-jit compiles each field of the operation it runs (about 50 µs a field).
   */
  maxFieldsMerged: 500,
};

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

// Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; formatError gives these
// their own code back from the mark they carry.
const tooComplex = (message: string) => new GraphQLError(message, { extensions: { [QUERY_TOO_COMPLEX]: true } });

const refuse: GraphQLArmorRejectCallback = (ctx, error) => ctx?.reportError(tooComplex(error.message));

/** The cost of each operation validated, kept with the document Apollo keeps: what the request limits read. */
const operationCosts = new WeakMap<OperationDefinitionNode, number>();

/** The estimated cost of an operation (query-cost.ts), as validation worked it out. */
export function costOfOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): number {
  const known = operationCosts.get(operation);
  if (known !== undefined) return known;
  const cost = new DocumentCost(schema, document).of(operation);
  operationCosts.set(operation, cost);
  return cost;
}

/** Why the document is refused by the limits that keep validation and execution linear in it, or null. */
function refusalOf(schema: GraphQLSchema, document: DocumentNode): string | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  if (fragments.size > QUERY_LIMITS.maxFragments) {
    return `The document defines ${fragments.size} fragments, more than ${QUERY_LIMITS.maxFragments}: spread fewer`;
  }
  for (const definition of [...operations, ...fragments.values()]) {
    const deepest = nesting(definition.selectionSet);
    if (deepest > QUERY_LIMITS.maxDepth)
      return `Selections nest ${deepest} deep, more than ${QUERY_LIMITS.maxDepth}: ask for less nested fields`;
  }
  // The operations together: validation goes through all of them, whichever one runs.
  const cost = new DocumentCost(schema, document);
  let estimate = 0;
  for (const operation of operations) {
    const ofOperation = cost.of(operation);
    operationCosts.set(operation, ofOperation);
    estimate += ofOperation;
  }
  if (estimate > QUERY_LIMITS.maxCost) {
    const shown = estimate < 1e15 ? String(estimate) : 'more than 10^15';
    return `The query may cost ${shown} values, more than ${QUERY_LIMITS.maxCost}: ask for fewer rows or fields`;
  }
  return new Merge(fragments).refusalOf(operations);
}

/** How deep selection sets nest in one definition, its fragment spreads not followed (graphql-armor's maxDepth follows them). */
function nesting(selectionSet: SelectionSetNode): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet)
      deepest = Math.max(deepest, nesting(selection.selectionSet));
  }
  return 1 + deepest;
}

/**
 * The fields of a document merged place by place, as execution merges them: at each place of the
 * answer (a path of response names), the fields of the selection sets asked there and of the
 * fragments spread in them (each fragment once a place), by response name. Validation compares
 * every pair of fields at one place, and graphql-jit compiles each field at each place: both are
 * bounded by maxFieldsAtOnePlace and maxFieldsMerged. The walk stops at the first limit passed,
 * so it takes time linear in maxFieldsMerged whatever the document.
 */
class Merge {
  private fieldsLeft = QUERY_LIMITS.maxFieldsMerged;
  /** Fragments spread on the way to the place being merged: spread again below it, they would be a cycle (refused by NoFragmentCyclesRule). */
  private readonly spreadAbove = new Set<string>();
  /** Fragments an operation spreads: validating one alone compares fewer pairs than the places it was merged at. */
  private readonly spread = new Set<string>();

  constructor(private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>) {}

  /** The operations, then the fragments none of them spreads (validation goes through those as well). */
  refusalOf(operations: readonly OperationDefinitionNode[]): string | null {
    for (const operation of operations) {
      const refusal = this.place([operation.selectionSet], [operation.name?.value ?? operation.operation]);
      if (refusal) return refusal;
    }
    for (const [name, fragment] of this.fragments) {
      const refusal = this.spread.has(name) ? null : this.place([fragment.selectionSet], [`fragment ${name}`]);
      if (refusal) return refusal;
    }
    return null;
  }

  private place(selectionSets: readonly SelectionSetNode[], path: readonly string[]): string | null {
    const byResponseName = new Map<string, FieldNode[]>();
    const spreadHere: string[] = [];
    const collect = (selectionSet: SelectionSetNode): string | null => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (--this.fieldsLeft < 0) {
            return `The document asks for more than ${QUERY_LIMITS.maxFieldsMerged} fields, its fragments spread where they are used: ask for fewer fields`;
          }
          const name = selection.alias?.value ?? selection.name.value;
          const fields = byResponseName.get(name);
          if (!fields) byResponseName.set(name, [selection]);
          else if (fields.push(selection) > QUERY_LIMITS.maxFieldsAtOnePlace) {
            return `More than ${QUERY_LIMITS.maxFieldsAtOnePlace} fields answer ${[...path, name].join('.')} together: ask for each field once`;
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const refusal = collect(selection.selectionSet);
          if (refusal) return refusal;
        } else {
          const name = selection.name.value;
          const fragment = this.fragments.get(name);
          if (!fragment || spreadHere.includes(name) || this.spreadAbove.has(name)) continue;
          spreadHere.push(name);
          this.spread.add(name);
          const refusal = collect(fragment.selectionSet);
          if (refusal) return refusal;
        }
      }
      return null;
    };
    for (const selectionSet of selectionSets) {
      const refusal = collect(selectionSet);
      if (refusal) return refusal;
    }
    for (const name of spreadHere) this.spreadAbove.add(name);
    try {
      for (const [name, fields] of byResponseName) {
        const inner = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
        const refusal = inner.length ? this.place(inner, [...path, name]) : null;
        if (refusal) return refusal;
      }
      return null;
    } finally {
      for (const name of spreadHere) this.spreadAbove.delete(name);
    }
  }
}

/** Stands in for a refused document: the rules after the refusal find nothing to look at. */
const NOTHING_LEFT: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };

/**
 * The limits that keep the rest of validation and execution linear in the document: its
 * fragments, the nesting of each of its definitions, its cost and the fields merged at one place. Checked when validation enters the
 * document, before any rule has looked inside it; a refused document is handed on as an empty one
 * (a visitor may replace the node it enters), so graphql-js's own rules never walk it:
 * OverlappingFieldsCanBeMerged compares every pair of fields merged at one place, which is
 * quadratic in a document within the token limit.
 */
const documentLimits: ValidationRule = (ctx) => ({
  Document(document) {
    const refusal = refusalOf(ctx.getSchema(), document);
    if (!refusal) return undefined;
    ctx.reportError(tooComplex(refusal));
    return NOTHING_LEFT;
  },
});

/** The schema's root type for each operation: it has none for subscriptions, which would reach execution unchecked. */
const knownOperationTypes: ValidationRule = (ctx) => ({
  OperationDefinition(node) {
    if (!ctx.getSchema().getRootType(node.operation)) {
      ctx.reportError(
        new GraphQLError(`The API has no ${node.operation} operations: send a query or a mutation`, { nodes: [node] }),
      );
    }
  },
});

/**
 * Our limits, then graphql-armor's validation rules with our figures (suggestions are masked by
 * app.ts's errorFormatter). Throws at start when a list field of `schema` declares no cost.
 */
export function queryLimits(schema: GraphQLSchema) {
  costModelOf(schema);
  const reject = { propagateOnRejection: false, onReject: [refuse] };
  const { plugins, validationRules } = new ApolloArmor({
    maxTokens: { enabled: false }, // graphql-js counts tokens itself while parsing: parseOptions below
    costLimit: { enabled: false }, // ours counts rows and statements: documentLimits above
    maxDepth: { n: QUERY_LIMITS.maxDepth, ...reject },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...reject },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...reject },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    plugins,
    validationRules: [documentLimits, knownOperationTypes, ...validationRules],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
  };
}
