import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  valueFromAST,
} from 'graphql';
import { MAX_PER_PAGE } from '../core/pagination';

/** Where a list field's declaration is kept among the field's GraphQL extensions. */
const LIST_COST = 'listCost';

/**
 * What a list field costs for each object it is asked of (its parent): the most rows it can
 * answer, and the SQL statements reading it sends. A list that a batch loader reads for all its
 * parents in one statement, or that its parent already holds, sends none of its own. `rows: 'page'`
 * is the items of a page, as many as the page field's perPage.
 */
export interface ListCost {
  rows: number | 'page';
  statementsPerParent?: number;
}

/**
 * What the cost model takes as the most rows of lists that no limit of the code bounds: they grow
 * with the data (a city's offices and rules, an office's patch, a case's steps). A longer list
 * still answers, counted as this long.
 */
export const ASSUMED_MOST = {
  offices: 300,
  officers: 3000,
  routingRules: 100,
  feeRules: 300,
  jurisdictionPrefixes: 50,
  documentsOfCase: 50,
  notificationsOfCase: 50,
  recordChecksOfCase: 20,
  hallClients: 100,
  hallEventsOfCase: 100,
  reasonTemplates: 200,
};

/** The declaration of a list field for type-graphql's @Extensions: every list of objects or strings in the schema has one. */
export const listCost = (cost: ListCost) => ({ [LIST_COST]: cost });

/**
 * What one SQL statement counts for, in values: a statement's round trip, planning and rows cost
 * the server about as much as answering this many values.
 */
export const STATEMENT_COST = 100;

/** How each list field of a schema is counted: by its declaration, or by the size of its enum. */
interface CostModel {
  listOf(field: GraphQLField<unknown, unknown>): Required<ListCost> | null;
}

const models = new WeakMap<GraphQLSchema, CostModel>();

/** The cost model of `schema`; throws naming every list field that declares no cost (a mistake of the code, found at start). */
export function costModelOf(schema: GraphQLSchema): CostModel {
  const known = models.get(schema);
  if (known) return known;
  const listOf = (field: GraphQLField<unknown, unknown>): Required<ListCost> | null => {
    if (!isListType(getNullableType(field.type))) return null;
    const declared = field.extensions?.[LIST_COST] as ListCost | undefined;
    if (declared) return { statementsPerParent: 0, ...declared };
    const named = getNamedType(field.type);
    // A list of an enum holds each value once at most.
    return isEnumType(named) ? { rows: named.getValues().length, statementsPerParent: 0 } : null;
  };
  const undeclared = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
    .flatMap((type) => (isObjectType(type) ? Object.values(type.getFields()).map((field) => ({ type, field })) : []))
    .filter(({ field }) => isListType(getNullableType(field.type)) && !listOf(field))
    .map(({ type, field }) => `${type.name}.${field.name}`);
  if (undeclared.length)
    throw new Error(`List fields without a declared cost (@Extensions(listCost(…))): ${undeclared.join(', ')}`);
  const model = { listOf };
  models.set(schema, model);
  return model;
}

/** The field a selection names on `parent`, introspection's own fields included; undefined for one the schema does not have. */
function fieldOf(
  schema: GraphQLSchema,
  parent: GraphQLNamedType | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent && parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
}

/**
 * The estimated cost of a document's operations: every field counts 1 and each statement it sends
 * STATEMENT_COST, times the rows its parents can number. A fragment is counted once for each page
 * size it is asked under and its cost reused at every spread, so a document costs time linear in
 * its length whatever it multiplies to. Fields the schema does not have count 1 with all they
 * hold, so that what is refused later for being unknown cannot be cheaper to send here.
 */
export class DocumentCost {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly fragmentCosts = new Map<string, number>();
  /** Fragments being counted now: a spread of one of them is a cycle (refused by NoFragmentCyclesRule) and counts nothing. */
  private readonly counting = new Set<string>();
  private readonly model: CostModel;

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
  ) {
    this.model = costModelOf(schema);
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  of(operation: OperationDefinitionNode): number {
    // A subscription has no root type: its fields count as unknown ones.
    return this.ofSelections(operation.selectionSet, this.schema.getRootType(operation.operation) ?? undefined, 1);
  }

  /** `pageRows`: the perPage of the page these selections are asked of, for the page's items. */
  private ofSelections(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, pageRows: number): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) cost += this.ofField(selection, parent, pageRows);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        cost += this.ofSelections(selection.selectionSet, type, pageRows);
      } else cost += this.ofFragment(selection.name.value, pageRows);
    }
    return cost;
  }

  private ofFragment(name: string, pageRows: number): number {
    const key = `${pageRows} ${name}`;
    const known = this.fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || this.counting.has(name)) return 0;
    this.counting.add(name);
    const cost = this.ofSelections(
      fragment.selectionSet,
      this.schema.getType(fragment.typeCondition.name.value),
      pageRows,
    );
    this.counting.delete(name);
    this.fragmentCosts.set(key, cost);
    return cost;
  }

  private ofField(node: FieldNode, parent: GraphQLNamedType | undefined, pageRows: number): number {
    const field = fieldOf(this.schema, parent, node.name.value);
    // Introspection answers from the schema in memory, within the limits of nesting and fields; in production it is off.
    if (field === SchemaMetaFieldDef || field === TypeMetaFieldDef) return 1;
    const list = field ? this.model.listOf(field) : null;
    const inner = node.selectionSet
      ? this.ofSelections(node.selectionSet, field && getNamedType(field.type), field ? perPageOf(field, node) : 1)
      : 0;
    const rows = !list ? 1 : list.rows === 'page' ? pageRows : list.rows;
    return list ? list.statementsPerParent * STATEMENT_COST + rows * (1 + inner) : 1 + inner;
  }
}

/** The rows a page field is asked for: its perPage (the most a page holds when it comes in a variable); 1 for a field without one. */
function perPageOf(field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  const perPage = field.args.find((a) => a.name === 'perPage');
  if (!perPage) return 1;
  const given = node.arguments?.find((a) => a.name.value === 'perPage')?.value;
  const value =
    given === undefined
      ? perPage.defaultValue
      : given.kind === Kind.VARIABLE
        ? MAX_PER_PAGE
        : valueFromAST(given, perPage.type);
  return Math.min(Math.max(Number(value) || 1, 1), MAX_PER_PAGE);
}
