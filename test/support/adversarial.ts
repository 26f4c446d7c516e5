// GraphQL documents built to make a server's validation or execution work far more than their
// length: each within the token limit (filled up to it where more of the same costs more), every
// one of them answered by the limits in time linear in its length. Shared by the security test,
// the fuzzer and the limits benchmark (npm run bench:limits).
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  type GraphQLObjectType,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Lexer,
  Source,
  TokenKind,
} from 'graphql';
import { ConsoleApplicationDocument } from '../../admin/src/generated/graphql';
import { QUERY_LIMITS } from '../../server/graphql/query-limits';

export interface AdversarialDocument {
  name: string;
  query: string;
}

/** Lexical tokens of a document, as graphql-js counts them against maxTokens. */
export function tokensOf(query: string): number {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens++;
  return tokens;
}

/** make(n) for the largest n whose document stays within the token limit. */
function filled(make: (n: number) => string): string {
  const fits = (n: number) => tokensOf(make(n)) < QUERY_LIMITS.maxTokens;
  let high = 2;
  while (fits(high)) high *= 2;
  let low = 1;
  while (low < high - 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return make(low);
}

const times = (n: number, part: (i: number) => string, separator = ' ') =>
  Array.from({ length: n }, (_, i) => part(i)).join(separator);

/** Fragments F0…Fn on `on`, each spreading the next `fanOut` times; Fn holds `leaf`. Spread once it is fanOut^n selections. */
export const fragmentChain = (n: number, { on = 'Query', fanOut = 2, leaf = '__typename', root = '{ ...F0 }' } = {}) =>
  `${root} ${times(n, (i) => `fragment F${i} on ${on} { ${times(fanOut, () => `...F${i + 1}`)} }`)} fragment F${n} on ${on} { ${leaf} }`;

/** `parent` twice, each holding the level below: 2^levels fields answer the deepest place. */
const doubled = (levels: number): string =>
  levels ? `parent { ${doubled(levels - 1)} } parent { ${doubled(levels - 1)} }` : 'id';

/** Every field of `type` that takes no argument and is no list, with the same of the objects they hold, `levels` deep. */
function everyField(type: GraphQLObjectType, levels: number): string {
  const fields = Object.values(type.getFields()).filter((f) => !f.args.length && !isListType(getNullableType(f.type)));
  return fields
    .map((f) => {
      const named = getNamedType(f.type);
      if (!isObjectType(named)) return f.name;
      return levels > 1 ? `${f.name} { ${everyField(named, levels - 1)} }` : null;
    })
    .filter(Boolean)
    .join(' ');
}

const schema = buildSchema(fs.readFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
const application = schema.getType('Application') as GraphQLObjectType;

/** The fragments of the console's case page (ApplicationFields and those it spreads). */
const caseFragments = ConsoleApplicationDocument.toString().slice(
  ConsoleApplicationDocument.toString().indexOf('fragment '),
);

export const ADVERSARIAL_DOCUMENTS: readonly AdversarialDocument[] = [
  // The report's bomb: 2^24 selections from 750 bytes.
  { name: 'fragment chain, 2^24', query: fragmentChain(24) },
  { name: 'fragment chain as long as fits', query: filled((n) => fragmentChain(n)) },
  {
    name: 'fragment chain under a field',
    query: fragmentChain(24, { on: 'Officer', leaf: 'id', root: '{ me { ...F0 } }' }),
  },
  { name: 'fragment chain, fan-out 8', query: fragmentChain(10, { fanOut: 8 }) },
  // Within every limit: the cost counts 30^3 selections, which execution merges into one.
  {
    name: 'fragment chain within the cost',
    query: fragmentChain(3, { on: 'Officer', fanOut: 30, leaf: 'id', root: '{ me { ...F0 } }' }),
  },
  {
    name: 'fragment chain inside a page',
    query: fragmentChain(20, {
      on: 'Application',
      leaf: 'id',
      root: '{ applications(perPage: 200) { items { ...F0 } } }',
    }),
  },
  // Every fragment spreads every later one: 2^n paths through n fragments.
  {
    name: 'fragment fan-out',
    query: filled(
      (n) =>
        `{ me { ...F0 } } ${times(n, (i) => `fragment F${i} on Officer { id ${times(n - i - 1, (j) => `...F${i + j + 1}`)} }`)}`,
    ),
  },
  // Many fragments spread side by side, each asking the same fields.
  {
    name: 'fragments side by side',
    query: filled(
      (n) =>
        `{ me { ${times(n, (i) => `...F${i}`)} } } ${times(n, (i) => `fragment F${i} on Officer { office { id } }`)}`,
    ),
  },
  {
    name: 'fragments side by side, in conflict',
    query: filled(
      (n) =>
        `{ me { ${times(n, (i) => `...F${i}`)} } } ${times(n, (i) => `fragment F${i} on Officer { x: ${i % 2 ? 'id' : 'username'} }`)}`,
    ),
  },
  {
    name: 'fragments spread by two fragments',
    query: filled(
      (n) =>
        `{ me { ...A ...B } } fragment A on Officer { ${times(n, (i) => `...A${i}`)} } fragment B on Officer { ${times(n, (i) => `...B${i}`)} } ` +
        times(n, (i) => `fragment A${i} on Officer { id } fragment B${i} on Officer { id }`),
    ),
  },
  // One fragment spread at every depth and beside itself.
  {
    name: 'deeply shared fragment',
    query: filled(
      (n) =>
        `{ me { ${times(n, () => 'office { ...O parent { ...O parent { ...O } } }')} } } fragment O on Office { id name code parent { id } }`,
    ),
  },
  {
    name: 'shared fragment, cycle through a field',
    query: filled((n) => `{ me { office { ...O } } } fragment O on Office { ${times(n, () => 'parent { ...O }')} }`),
  },
  // The same field asked again and again: validation compares each pair.
  { name: 'repeated leaf', query: filled((n) => `{ me { ${times(n, () => 'id')} } }`) },
  { name: 'repeated field with a selection', query: filled((n) => `{ me { ${times(n, () => 'office { id }')} } }`) },
  { name: 'repeated nested fields', query: filled((n) => `{ me { ${times(n, () => 'office { parent { id } }')} } }`) },
  {
    name: 'repeated field, differing arguments',
    query: filled((n) => `{ ${times(n, (i) => `office(id: ${i + 1}) { id }`)} }`),
  },
  {
    name: 'repeated inline fragments',
    query: filled((n) => `{ me { ${times(n, () => '... on Officer { office { id } }')} } }`),
  },
  // A field doubled at every level: each level merges twice the fields of the level above.
  { name: 'doubled at every level', query: filled((n) => `{ me { office { ${doubled(n)} } } }`) },
  { name: 'repeated alias', query: filled((n) => `{ ${times(n, () => 'a: me { office { parent { id } } }')} }`) },
  // The console's case page asked again under aliases: as many fields as the limits let through.
  {
    name: 'case page under aliases',
    query: `query($id: ID!) { ${times(12, (i) => `a${i}: application(id: $id) { ...ApplicationFields }`)} } ${caseFragments}`,
  },
  // Every field of a case that lists nothing, two levels deep, under as many aliases as allowed: cheap by cost, wide to compile.
  {
    name: 'every field of a case under aliases',
    query: `query($id: ID!) { ${times(QUERY_LIMITS.maxAliases, (i) => `a${i}: application(id: $id) { ...Wide }`)} } fragment Wide on Application { ${everyField(application, 2)} }`,
  },
  { name: 'many aliases', query: filled((n) => `{ ${times(n, (i) => `a${i}: me { id }`)} }`) },
  {
    name: 'many aliases in conflict',
    query: filled((n) => `{ me { ${times(n, (i) => `x: ${i % 2 ? 'id' : 'username'}`)} } }`),
  },
  { name: 'many directives', query: filled((n) => `{ me ${'@include(if: true) '.repeat(n)}{ id } }`) },
  {
    name: 'many skipped fields',
    query: filled((n) => `{ me { ${times(n, () => 'office @skip(if: true) { id }')} } }`),
  },
  { name: 'deep nesting', query: filled((n) => `{ me { office { ${'parent { '.repeat(n)}id${' }'.repeat(n)} } } }`) },
  {
    name: 'deep inline fragments',
    query: filled((n) => `{ ${'... on Query { '.repeat(n)}__typename${' }'.repeat(n)} }`),
  },
  {
    name: 'many operations sharing fragments',
    query: filled(
      (n) =>
        `${times(n, (i) => `query Q${i}($v: ID!) { ...F0 }`)} ${fragmentChain(40, { fanOut: 1, leaf: 'office(id: $v) { id }', root: '' })}`,
    ),
  },
  { name: 'many variables', query: filled((n) => `query(${times(n, (i) => `$v${i}: Int`)}) { me { id } }`) },
  { name: 'many unknown fields', query: filled((n) => `{ me { ${times(n, (i) => `officeNam${i}`)} } }`) },
  { name: 'many unknown arguments', query: filled((n) => `{ me(${times(n, (i) => `argument${i}: ${i}`)}) { id } }`) },
  {
    name: 'introspection nested',
    query: filled((n) => `{ __schema { types { ${'fields { type { '.repeat(n)}name${' } }'.repeat(n)} } } }`),
  },
  { name: 'subscription', query: 'subscription { x }' },
];
