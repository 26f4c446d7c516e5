import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields a request selects at `path` below the field being resolved (fragments
 * and inline fragments spread; a field under @skip or @include counts as selected, which only
 * ever reads more). `selectedFields(info, ['items'])` on a page: the fields asked of each row.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = fieldsOf(info, sets).flatMap((field) =>
      field.name === name && field.selectionSet ? [field.selectionSet] : [],
    );
  }
  return new Set(fieldsOf(info, sets).map((field) => field.name));
}

function fieldsOf(
  info: GraphQLResolveInfo,
  sets: SelectionSetNode[],
  seen = new Set<string>(),
): { name: string; selectionSet?: SelectionSetNode }[] {
  const fields: { name: string; selectionSet?: SelectionSetNode }[] = [];
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD)
        fields.push({ name: selection.name.value, selectionSet: selection.selectionSet });
      else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...fieldsOf(info, [selection.selectionSet], seen));
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = info.fragments[selection.name.value];
        if (fragment) fields.push(...fieldsOf(info, [fragment.selectionSet], seen));
      }
    }
  }
  return fields;
}
