import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
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
import { MAX_PER_PAGE } from './pagination';

/** Rows assumed for a list without a perPage argument (a case's documents or history, a year of days). */
const ROWS_OF_A_LIST = 10;

/** The field a selection names on `parent`, introspection's own fields included; undefined for one the schema does not have. */
function fieldOf(schema: GraphQLSchema, parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parent && parent === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
}

/**
 * The estimated cost of a document's operations: every field counts 1, times the rows it may
 * appear in. The list inside a page counts the page's perPage (the most a page holds when it comes
 * in a variable); any other list of objects ROWS_OF_A_LIST. A fragment is counted once for each
 * number of rows it is asked under and its cost reused at every spread, so a document costs time
 * linear in its length whatever it multiplies to. Fields the schema does not have count 1 with
 * all they hold, so that what is refused later for being unknown cannot be cheaper to send here.
 */
export class DocumentCost {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly fragmentCosts = new Map<string, number>();
  /** Fragments being counted now: a spread of one of them is a cycle (refused by NoFragmentCyclesRule) and counts nothing. */
  private readonly counting = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    document: DocumentNode,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  of(operation: OperationDefinitionNode): number {
    // A subscription has no root type: its fields count as unknown ones.
    return this.ofSelections(operation.selectionSet, this.schema.getRootType(operation.operation) ?? undefined, ROWS_OF_A_LIST);
  }

  /** `listRows`: the rows a list among these selections holds (a page's perPage, else ROWS_OF_A_LIST). */
  private ofSelections(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, listRows: number): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) cost += this.ofField(selection, parent, listRows);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : parent;
        cost += this.ofSelections(selection.selectionSet, type, listRows);
      } else cost += this.ofFragment(selection.name.value, listRows);
    }
    return cost;
  }

  private ofFragment(name: string, listRows: number): number {
    const key = `${listRows} ${name}`;
    const known = this.fragmentCosts.get(key);
    if (known !== undefined) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || this.counting.has(name)) return 0;
    this.counting.add(name);
    const cost = this.ofSelections(fragment.selectionSet, this.schema.getType(fragment.typeCondition.name.value), listRows);
    this.counting.delete(name);
    this.fragmentCosts.set(key, cost);
    return cost;
  }

  private ofField(node: FieldNode, parent: GraphQLNamedType | undefined, listRows: number): number {
    const field = fieldOf(this.schema, parent, node.name.value);
    const named = field && getNamedType(field.type);
    const inner = node.selectionSet ? this.ofSelections(node.selectionSet, named, field ? perPageOf(field, node) : ROWS_OF_A_LIST) : 0;
    const rows = field && isListType(getNullableType(field.type)) && isObjectType(named) ? listRows : 1;
    return rows * (1 + inner);
  }
}

/** The rows a page field is asked for: its perPage (the most a page holds when it comes in a variable); ROWS_OF_A_LIST for a field without one. */
function perPageOf(field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  const perPage = field.args.find((a) => a.name === 'perPage');
  if (!perPage) return ROWS_OF_A_LIST;
  const given = node.arguments?.find((a) => a.name.value === 'perPage')?.value;
  const value = given === undefined ? perPage.defaultValue : given.kind === Kind.VARIABLE ? MAX_PER_PAGE : valueFromAST(given, perPage.type);
  return Math.min(Math.max(Number(value) || 1, 1), MAX_PER_PAGE);
}
