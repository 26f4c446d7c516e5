import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type GraphQLCompositeType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MAX_PER_PAGE } from './pagination';

/**
 * What one GraphQL request may cost, checked before anything runs. The console's heaviest
 * request (a 200-row queue page) stays well inside each figure; 300 aliases of it do not.
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
  /** Values the answer may hold, estimated: every field counts once for each row it can appear in. */
  maxCost: 50_000,
};

/** Rows assumed for a list without a perPage argument (a case's documents or history, a year of days). */
const ROWS_OF_A_LIST = 10;

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

// Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; formatError gives these
// their own code back from the mark they carry.
const tooComplex = (message: string) => new GraphQLError(message, { extensions: { [QUERY_TOO_COMPLEX]: true } });

const refuse: GraphQLArmorRejectCallback = (ctx, error) => ctx?.reportError(tooComplex(error.message));

/**
 * The estimated cost of a selection: each field counts 1, times the rows it may appear in. The
 * list inside a page counts the page's perPage (the most a page holds when it comes in a
 * variable); any other list of objects ROWS_OF_A_LIST. graphql-armor's own cost rule ignores list
 * sizes, which is where the cost of a queue lies.
 */
export function costOf(
  ctx: ValidationContext,
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  listRows = ROWS_OF_A_LIST,
  fragmentsSeen = new Set<string>(),
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? ctx.getSchema().getType(selection.typeCondition.name.value) : parent;
      if (type && isObjectType(type)) cost += costOf(ctx, selection.selectionSet, type, listRows, fragmentsSeen);
      continue;
    }
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = ctx.getFragment(selection.name.value);
      if (!fragment || fragmentsSeen.has(fragment.name.value)) continue; // cycles are refused by another rule
      const type = ctx.getSchema().getType(fragment.typeCondition.name.value);
      if (type && isObjectType(type)) cost += costOf(ctx, fragment.selectionSet, type, listRows, new Set([...fragmentsSeen, fragment.name.value]));
      continue;
    }
    const field = isObjectType(parent) ? parent.getFields()[selection.name.value] : undefined;
    if (!field) continue;
    const named = getNamedType(field.type);
    const perPageArg = field.args.find((a) => a.name === 'perPage');
    let pageRows = ROWS_OF_A_LIST;
    if (perPageArg) {
      const given = selection.arguments?.find((a) => a.name.value === 'perPage')?.value;
      const value =
        given === undefined ? perPageArg.defaultValue : given.kind === Kind.VARIABLE ? MAX_PER_PAGE : valueFromAST(given, perPageArg.type);
      pageRows = Math.min(Math.max(Number(value) || 1, 1), MAX_PER_PAGE);
    }
    const inner = selection.selectionSet && isObjectType(named) ? costOf(ctx, selection.selectionSet, named, pageRows, fragmentsSeen) : 0;
    const rows = isListType(getNullableType(field.type)) && isObjectType(named) ? listRows : 1;
    cost += rows * (1 + inner);
  }
  return cost;
}

const costLimit: ValidationRule = (ctx) => ({
  OperationDefinition(node) {
    const root = node.operation === 'mutation' ? ctx.getSchema().getMutationType() : ctx.getSchema().getQueryType();
    if (!root) return;
    const cost = costOf(ctx, node.selectionSet, root);
    if (cost > QUERY_LIMITS.maxCost) {
      ctx.reportError(tooComplex(`The query may cost ${cost} values, more than ${QUERY_LIMITS.maxCost}: ask for fewer rows or fields`));
    }
  },
});

/** graphql-armor's validation rules with our figures, and our cost rule (suggestions are masked by app.ts's errorFormatter). */
export function queryLimits() {
  const reject = { propagateOnRejection: false, onReject: [refuse] };
  const { plugins, validationRules } = new ApolloArmor({
    maxTokens: { enabled: false }, // graphql-js counts tokens itself while parsing: parseOptions below
    costLimit: { enabled: false }, // ours counts rows: costLimit above
    maxDepth: { n: QUERY_LIMITS.maxDepth, ...reject },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...reject },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...reject },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { plugins, validationRules: [...validationRules, costLimit], parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } };
}
