// The fuzzer shared by test/fuzz.test.ts and scripts/fuzz.ts: a seedable request generator (GraphQL
// documents built from schema.graphql, REST requests, malformed bodies, cookies and streams), a raw
// HTTP sender that talks only to the local throwaway server, and the checks a response must pass.
//
// Every request is made from its own PRNG, derived from (seed, index), so request #i of a seed is
// always the same bytes: `npm run fuzz -- --seed N --only i` replays it alone.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { dropDatabase } from '../../scripts/throwaway-database';
import { verifyAuditChain } from '../../server/audit/audit.verify';
import { openDatabase } from '../../server/data-source';
import { ADVERSARIAL_DOCUMENTS, fragmentChain } from './adversarial';
import type { GqlResult } from './harness';
import { isRecord, present } from './narrow';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const DEMO_PASSWORD = 'demo1234demo';

// ───────────────────────────── PRNG ─────────────────────────────

/** mulberry32: a tiny 32-bit PRNG, plenty for fuzzing, identical everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed of request `index` of a run with `seed`. */
const requestSeed = (seed: number, index: number) =>
  (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** One of the keys, by weight. */
  weighted<K extends string>(weights: Record<K, number>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) {
      r -= w;
      if (r < 0) return k;
    }
    return entries[entries.length - 1][0];
  }
  /** A size between 1 and max, spread by orders of magnitude (small sizes far more often). */
  logSize(max: number): number {
    return Math.max(1, Math.floor(Math.exp(this.next() * Math.log(max))));
  }
}

// ───────────────────────────── strings ─────────────────────────────

/** Text that looks like SQL, HTML, templates, paths: planted on purpose, so finding it echoed is no leak. */
export const HOSTILE_TEXT = [
  "' OR '1'='1",
  "1' OR 1=1 --",
  "'; DROP TABLE application; --",
  '" OR ""="',
  '1; SELECT * FROM officer',
  "%' UNION SELECT password_hash FROM officer --",
  "admin'--",
  '\\',
  '`',
  "' AND SLEEP(5) --",
  '1 AND 1=CAST((SELECT @@version) AS INT)',
  'INSERT INTO audit_event VALUES (1)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '&lt;&amp;&#0;',
  ']]><!--',
  '\u0024{7*7}', // ${7*7}, written so that it is not taken for a template literal's placeholder
  '{{7*7}}',
  '#{7*7}',
  '%s%s%s%n',
  '%x%x',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '/dev/zero',
  'file:///etc/passwd',
  'C:\\con\\con',
  '    at Object.<anonymous> (/tmp/x.ts:1:1)',
  'SQLITE_ERROR',
  'ER_PARSE_ERROR',
  'QueryFailedError',
  'null',
  'undefined',
  'NaN',
  'true',
  '[]',
  '{}',
];

const UNICODE_TEXT = [
  '\uD800',
  '\uDFFF',
  'a\uD83D',
  '\uDE00b',
  '\uD83D\uD83D',
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u001f\u007f',
  '\r\n\r\n',
  '\t\v\f',
  '\u202Eevil\u202C',
  '\u200F\u05E9\u05DC\u05D5\u05DD',
  'مرحبا بالعالم',
  '\u200B\u200C\u200D\uFEFF',
  '\u2028\u2029',
  '👨‍👩‍👧‍👦',
  '🇨🇳🇺🇸',
  '🏳️‍🌈',
  '💩',
  '𠀀𪚥𰻞',
  'e\u0301\u0301\u0301\u0301\u0301',
  'Z̸̡̛̙̹̗̜͍͈̪̥̪̖̳̣a̴͙̤͈̩l̵̢g̷o̶',
  '测试人',
  '沈阳市公安局和平分局',
  'Ｆｕｌｌｗｉｄｔｈ１２３',
  'ﷺ',
  'ß',
  'İı',
  '\uFFFD\uFFFE\uFFFF',
  '\uE000',
  '\u00A0',
  '​',
];

const PIECES = [
  ...HOSTILE_TEXT,
  ...UNICODE_TEXT,
  'a',
  'A1',
  ' ',
  '0',
  '-',
  '_',
  '.',
  '%',
  '%25',
  '%00',
  '+',
  '&',
  '=',
  ';',
  ',',
  '"',
  "'",
  '\n',
];

/** A random string: odd Unicode, hostile text, and now and then a huge one (up to `maxHuge` characters). */
export function fuzzString(rng: Rng, maxHuge = 1_000_000): string {
  const mode = rng.weighted({ piece: 30, mix: 30, plain: 15, huge: 3, codepoints: 12, empty: 5, digits: 5 });
  switch (mode) {
    case 'piece':
      return rng.pick(PIECES);
    case 'mix': {
      let s = '';
      for (let i = rng.int(2, 6); i > 0; i--) s += rng.pick(PIECES);
      return s;
    }
    case 'plain':
      return Math.floor(rng.float() * 1e9).toString(36);
    case 'huge': {
      const piece = rng.chance(0.5) ? rng.pick(PIECES) || 'x' : 'x';
      const length = rng.chance(0.3) ? maxHuge : rng.logSize(maxHuge);
      return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
    }
    case 'codepoints': {
      let s = '';
      for (let i = rng.int(1, 12); i > 0; i--) {
        const cp = rng.pick([
          rng.int(0, 0x7f),
          rng.int(0x80, 0x7ff),
          rng.int(0x800, 0xffff),
          rng.int(0x10000, 0x10ffff),
        ]);
        s += cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
      }
      return s;
    }
    case 'empty':
      return rng.pick(['', ' ', '  ', '\n', '\t']);
    default:
      return rng.pick(['0', '-1', '1e400', '0x1F', '１２３', '٣', '2147483648', '1.5', '-0', '00001', '9'.repeat(50)]);
  }
}

/** Case-insensitive, punctuation-free form, to tell an echo of planted text from a leak. */
/** A batch's documents stop once they pass this many characters: twice the GraphQL body limit (1 MB). */
const BATCH_BYTES = 2_000_000;

const normalize = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
const PLANTED = HOSTILE_TEXT.map(normalize).filter((s) => s.length > 0);

// ───────────────────────────── GraphQL values ─────────────────────────────

type Val =
  | { k: 'str'; v: string; block?: boolean }
  | { k: 'num'; v: string } // raw literal text: ints, floats, huge ones
  | { k: 'bool'; v: boolean }
  | { k: 'null' }
  | { k: 'enum'; v: string }
  | { k: 'list'; v: Val[] }
  | { k: 'obj'; v: [string, Val][] };

const INTS = [
  '0',
  '1',
  '2',
  '3',
  '5',
  '25',
  '100',
  '-1',
  '-2147483648',
  '2147483647',
  '2147483648',
  '-2147483649',
  '9007199254740993',
  '99999999999999999999999999',
  '1000000',
  '-0',
];
const FLOATS = ['1.5', '-0.0', '1e308', '1e-7', '3.14159', '-2.5e10', '0.1', '1E3'];
const ODD_IDS = [
  '0',
  '-1',
  'abc',
  '1e3',
  ' 1 ',
  '1.5',
  '9'.repeat(30),
  '0x10',
  '１',
  '',
  'null',
  'undefined',
  '1; DROP TABLE application',
  'NaN',
  'Infinity',
  '2147483648',
  '9223372036854775808',
  '1\u0000',
  '../1',
  '\uD800',
  '1 OR 1=1',
  '[1]',
  '{"id":1}',
  '%',
  '-0',
  '+1',
  '0001',
];
const DATES = [
  '2024-01-01',
  '2025-06-30',
  '2024-02-30',
  '2023-02-29',
  '0000-00-00',
  '99999-01-01',
  '2024-1-1',
  '20240101',
  '2024-01-01T00:00:00Z',
  '2024-13-01',
  '1970-01-01',
  '9999-12-31',
  '-2024-01-01',
  'today',
  '２０２４-０１-０１',
];
const DATETIMES = [
  '2024-01-01T00:00:00Z',
  '2024-01-01T00:00:00.000+08:00',
  '2024-02-30T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2024-01-01',
  '2024-01-01T25:00:00Z',
  '0',
  '1700000000000',
  '+275760-09-13T00:00:00Z',
  'Tue, 01 Jan 2024 00:00:00 GMT',
];

/** Ids the server actually has, so some requests reach the business logic. */
export interface Pool {
  applications: { id: string; version: number }[];
  documents: string[];
  officers: string[];
  offices: string[];
  rules: string[];
  issued: { number: string; code: string }[];
  /** The fuzzing accounts: never deactivated, renamed or moved. */
  protectedOfficers: string[];
  /** A machine client of the online hall's API, its token and the cases it handed over. */
  hall: { clientId: string; secret: string; token: string; references: string[] } | null;
}

const EMPTY_POOL: Pool = {
  applications: [],
  documents: [],
  officers: [],
  offices: [],
  rules: [],
  issued: [],
  protectedOfficers: [],
  hall: null,
};

class ValueMaker {
  constructor(
    private readonly rng: Rng,
    private readonly pool: Pool,
    private readonly maxHuge: number,
  ) {}

  str(): Val {
    return { k: 'str', v: fuzzString(this.rng, this.maxHuge), block: this.rng.chance(0.05) };
  }

  id(): Val {
    const rng = this.rng;
    const real = [
      ...this.pool.applications.map((a) => a.id),
      ...this.pool.documents,
      ...this.pool.offices,
      ...this.pool.rules,
    ];
    if (real.length && rng.chance(0.55)) {
      const id = rng.pick(real);
      return rng.chance(0.2) ? { k: 'num', v: id } : { k: 'str', v: id };
    }
    if (rng.chance(0.2)) return { k: 'num', v: rng.pick(INTS) };
    return { k: 'str', v: rng.chance(0.85) ? rng.pick(ODD_IDS) : fuzzString(rng, this.maxHuge) };
  }

  /** An officer id that cannot name a fuzzing account, however the server reads it. */
  safeOfficerId(): Val {
    const others = this.pool.officers.filter((id) => !this.pool.protectedOfficers.includes(id));
    if (others.length && this.rng.chance(0.6)) return { k: 'str', v: this.rng.pick(others) };
    const candidate = this.rng.pick(ODD_IDS);
    const asNumbers = [
      Number(candidate),
      Number(candidate.trim()),
      parseInt(candidate, 10),
      parseFloat(candidate),
      Number(candidate.replace(/\D/g, '')),
    ];
    if (asNumbers.some((n) => this.pool.protectedOfficers.includes(String(n)))) return { k: 'str', v: 'abc' };
    return { k: 'str', v: candidate };
  }

  int(): Val {
    return this.rng.chance(0.85) ? { k: 'num', v: this.rng.pick(INTS) } : { k: 'num', v: this.rng.pick(FLOATS) };
  }

  /** Any value of any shape: the wrong type for most places. */
  wrong(depth = 0): Val {
    const rng = this.rng;
    switch (
      rng.weighted({
        str: 5,
        int: 3,
        float: 2,
        bool: 1,
        null: 2,
        enum: 2,
        list: depth < 3 ? 2 : 0,
        obj: depth < 3 ? 2 : 0,
      })
    ) {
      case 'str':
        return this.str();
      case 'int':
        return { k: 'num', v: rng.pick(INTS) };
      case 'float':
        return { k: 'num', v: rng.pick(FLOATS) };
      case 'bool':
        return { k: 'bool', v: rng.chance(0.5) };
      case 'null':
        return { k: 'null' };
      case 'enum':
        return {
          k: 'enum',
          v: rng.pick(['ACCEPTED', 'ADMIN', 'foo', 'true', 'null_', 'DESC', 'x'.repeat(rng.logSize(5000))]),
        };
      case 'list':
        return { k: 'list', v: Array.from({ length: rng.int(0, 4) }, () => this.wrong(depth + 1)) };
      default:
        return {
          k: 'obj',
          v: Array.from(
            { length: rng.int(0, 3) },
            () =>
              [rng.pick(['a', 'id', 'status', '__proto__', 'constructor', 'q']), this.wrong(depth + 1)] as [
                string,
                Val,
              ],
          ),
        };
    }
  }

  /** A value for `type`: usually of that type (with hostile content), sometimes not. */
  of(type: GraphQLInputType, depth = 0, wrongRate = 0.2): Val {
    const rng = this.rng;
    if (rng.chance(wrongRate)) return this.wrong(depth);
    if (isNonNullType(type)) return rng.chance(0.03) ? { k: 'null' } : this.of(type.ofType, depth, wrongRate / 2);
    if (rng.chance(0.04)) return { k: 'null' };
    if (isListType(type)) {
      if (rng.chance(0.1)) return this.of(type.ofType, depth + 1, wrongRate); // coercion of one item
      const length = rng.chance(0.03) ? rng.logSize(2000) : rng.int(0, 3);
      return { k: 'list', v: Array.from({ length }, () => this.of(type.ofType, depth + 1, wrongRate)) };
    }
    if (isInputObjectType(type)) {
      if (depth > 6) return { k: 'null' };
      const fields: [string, Val][] = [];
      for (const field of Object.values(type.getFields())) {
        if (rng.chance(isNonNullType(field.type) ? 0.92 : 0.45))
          fields.push([field.name, this.of(field.type, depth + 1, wrongRate)]);
      }
      if (rng.chance(0.05))
        fields.push([rng.pick(['unknownField', 'id', '__typename', 'password']), this.wrong(depth + 1)]);
      if (rng.chance(0.03) && fields.length) fields.push(rng.pick(fields)); // the same field twice
      return { k: 'obj', v: fields };
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((v) => v.name);
      return rng.chance(0.9) ? { k: 'enum', v: rng.pick(values) } : { k: 'enum', v: rng.pick(values).toLowerCase() };
    }
    switch (type.name) {
      case 'Int':
        return this.int();
      case 'Float':
        return { k: 'num', v: rng.pick([...INTS, ...FLOATS]) };
      case 'Boolean':
        return { k: 'bool', v: rng.chance(0.5) };
      case 'ID':
        return this.id();
      case 'Date':
        return { k: 'str', v: rng.chance(0.8) ? rng.pick(DATES) : fuzzString(rng, this.maxHuge) };
      case 'DateTime':
        return { k: 'str', v: rng.chance(0.8) ? rng.pick(DATETIMES) : fuzzString(rng, this.maxHuge) };
      case 'JSON':
        return this.wrong(depth);
      default:
        return this.str();
    }
  }
}

/** GraphQL string literal text; lone surrogates become \u escapes (which graphql-js refuses: a parse error on purpose). */
function gqlString(s: string, block = false): string {
  if (block && !s.includes('"""') && !/[\uD800-\uDFFF]/.test(s)) return `"""${s.replace(/\\"""/g, '')}"""`;
  return JSON.stringify(s);
}

function literal(v: Val): string {
  switch (v.k) {
    case 'str':
      return gqlString(v.v, v.block);
    case 'num':
      return v.v;
    case 'bool':
      return String(v.v);
    case 'null':
      return 'null';
    case 'enum':
      return v.v;
    case 'list':
      return `[${v.v.map(literal).join(', ')}]`;
    case 'obj':
      return `{${v.v.map(([k, x]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : 'k'}: ${literal(x)}`).join(', ')}}`;
  }
}

/** JSON text (by hand, so huge integers and exponents go through as written). */
function jsonText(v: Val): string {
  switch (v.k) {
    case 'str':
      return JSON.stringify(v.v);
    case 'num':
      return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v.v) ? v.v : JSON.stringify(v.v);
    case 'bool':
      return String(v.v);
    case 'null':
      return 'null';
    case 'enum':
      return JSON.stringify(v.v);
    case 'list':
      return `[${v.v.map(jsonText).join(',')}]`;
    case 'obj':
      return `{${v.v.map(([k, x]) => `${JSON.stringify(k)}:${jsonText(x)}`).join(',')}}`;
  }
}

// ───────────────────────────── GraphQL documents ─────────────────────────────

let cachedSchema: GraphQLSchema | null = null;
export function fuzzSchema(): GraphQLSchema {
  cachedSchema ??= buildSchema(fs.readFileSync(path.join(REPO_ROOT, 'schema.graphql'), 'utf8'));
  return cachedSchema;
}

export interface GraphqlRequest {
  query: string;
  variables: string | null;
  operationName: string | null;
  variant: string;
}

class DocumentMaker {
  private vars: { name: string; type: string; value: Val | undefined }[] = [];
  private fragments: string[] = [];
  private budget = 0;
  private readonly values: ValueMaker;

  constructor(
    private readonly rng: Rng,
    private readonly schema: GraphQLSchema,
    pool: Pool,
    private readonly signedIn: boolean,
    maxHuge: number,
  ) {
    this.values = new ValueMaker(rng, pool, maxHuge);
  }

  private typeName(type: GraphQLInputType): string {
    return String(type);
  }

  /** An argument value: a literal, or a variable (declared with the right or a wrong type, given a right or wrong value). */
  private argument(fieldName: string, argName: string, type: GraphQLInputType): string {
    const rng = this.rng;
    const value =
      fieldName === 'updateOfficer' && argName === 'id'
        ? this.values.safeOfficerId()
        : fieldName === 'changePassword' && argName === 'currentPassword' && this.signedIn
          ? { k: 'str' as const, v: `not-${fuzzString(rng, 1000)}` }
          : this.values.of(type);
    if (rng.chance(0.3)) {
      const name = `v${this.vars.length}`;
      const declared = rng.chance(0.85)
        ? this.typeName(type)
        : rng.pick(['Int', 'String!', '[ID]', 'Boolean', 'Foo', 'JSON', 'ApplicationInput', '[[Int!]!]!', 'Date']);
      const omitted = rng.chance(0.05);
      this.vars.push({ name, type: declared, value: omitted ? undefined : value });
      return `$${name}`;
    }
    return literal(value);
  }

  private args(field: GraphQLField<unknown, unknown>): string {
    const rng = this.rng;
    const parts: string[] = [];
    for (const arg of field.args) {
      if (rng.chance(isNonNullType(arg.type) ? 0.93 : 0.5))
        parts.push(`${arg.name}: ${this.argument(field.name, arg.name, arg.type)}`);
    }
    if (rng.chance(0.04))
      parts.push(`${rng.pick(['unknown', 'id', 'limit', 'first'])}: ${literal(this.values.wrong())}`);
    if (rng.chance(0.02) && parts.length) parts.push(rng.pick(parts)); // duplicate argument
    return parts.length ? `(${parts.join(', ')})` : '';
  }

  /** A selection set for `type`; deep chains through object fields now and then. */
  selection(type: GraphQLNamedType, depth: number, maxDepth: number): string {
    const rng = this.rng;
    if (!isObjectType(type) && !isInterfaceType(type) && !isUnionType(type)) return '';
    if (isUnionType(type)) return '{ __typename }';
    const fields = Object.values(type.getFields());
    const objectFields = fields.filter((f) => isObjectType(getNamedType(f.type)));
    const parts: string[] = [];
    const count = depth >= maxDepth - 1 ? 1 : rng.int(1, depth > 3 ? 2 : 4);
    for (let i = 0; i < count && this.budget > 0; i++) {
      this.budget--;
      const deeper = depth < maxDepth && objectFields.length && (rng.chance(0.35) || (maxDepth > 8 && rng.chance(0.8)));
      const field = deeper ? rng.pick(objectFields) : rng.pick(fields);
      parts.push(this.fieldText(field, depth, maxDepth));
    }
    if (rng.chance(0.05)) parts.push('__typename');
    if (rng.chance(0.03))
      parts.push(rng.pick(['nonexistent', 'passwordHash', 'password_hash', '__schema { types { name } }', 'id(x: 1)']));
    if (rng.chance(0.05)) {
      const fragment = `F${this.fragments.length}`;
      const field = rng.pick(fields);
      const on = rng.chance(0.9) ? type.name : rng.pick(['Office', 'Query', 'String', 'Nope']);
      this.fragments.push(
        `fragment ${fragment} on ${on} { ${this.fieldText(field, depth + 1, Math.min(maxDepth, depth + 3))} }`,
      );
      parts.push(`...${fragment}`);
    }
    if (rng.chance(0.04)) parts.push(`... on ${rng.chance(0.8) ? type.name : 'Officer'} { __typename }`);
    if (!parts.length) parts.push('__typename');
    return `{ ${parts.join(' ')} }`;
  }

  private fieldText(field: GraphQLField<unknown, unknown>, depth: number, maxDepth: number): string {
    const rng = this.rng;
    const named = getNamedType(field.type);
    const alias = rng.chance(0.08) ? `${rng.pick(['a', 'id', 'b_1', 'me'])}${rng.int(0, 9)}: ` : '';
    const directive = rng.chance(0.04)
      ? rng.pick([
          ' @include(if: true)',
          ' @skip(if: false)',
          ' @skip(if: "yes")',
          ' @nope',
          ' @include(if: $nope)',
          ' @deprecated',
        ])
      : '';
    const sub =
      isObjectType(named) || isInterfaceType(named) || isUnionType(named)
        ? ` ${this.selection(named, depth + 1, maxDepth)}`
        : rng.chance(0.02)
          ? ' { id }'
          : '';
    return `${alias}${field.name}${this.args(field)}${directive}${sub}`;
  }

  private rootFields(kind: 'query' | 'mutation'): GraphQLField<unknown, unknown>[] {
    const root = present(
      kind === 'query' ? this.schema.getQueryType() : this.schema.getMutationType(),
      `the ${kind} type of the schema`,
    );
    return Object.values(root.getFields());
  }

  private wrap(kind: 'query' | 'mutation', body: string, name: string | null): string {
    const header = this.vars.length ? `(${this.vars.map((v) => `$${v.name}: ${v.type}`).join(', ')})` : '';
    const op =
      kind === 'query' && !header && !name && this.rng.chance(0.4)
        ? body
        : `${kind}${name ? ` ${name}` : ''}${header} ${body}`;
    return [op, ...this.fragments].join('\n');
  }

  private variablesJson(): string | null {
    if (!this.vars.length && this.rng.chance(0.7)) return null;
    const entries = this.vars.flatMap((v) =>
      v.value === undefined ? [] : [`${JSON.stringify(v.name)}:${jsonText(v.value)}`],
    );
    if (this.rng.chance(0.05)) entries.push(`"undeclared":${jsonText(this.values.wrong())}`);
    return `{${entries.join(',')}}`;
  }

  make(): GraphqlRequest {
    const rng = this.rng;
    const variant = rng.weighted({
      normal: 60,
      deep: 6,
      aliases: 6,
      fragments: 5,
      directives: 3,
      bomb: 4,
      adversarial: 3,
      introspection: 3,
      multiop: 3,
      syntax: 8,
      garbage: 3,
      nestedList: 2,
    });
    const kind: 'query' | 'mutation' = rng.chance(0.35) ? 'mutation' : 'query';
    const fields = this.rootFields(kind);
    const name = rng.chance(0.3) ? rng.pick(['Q', 'Fuzz', 'op_1', 'Submit']) : null;
    this.budget = 60;
    const field = () => rng.pick(fields);
    const rootField = (f: GraphQLField<unknown, unknown>, maxDepth: number, alias = '') => {
      const named = getNamedType(f.type);
      const sub = isObjectType(named) ? ` ${this.selection(named, 1, maxDepth)}` : '';
      return `${alias}${f.name}${this.args(f)}${sub}`;
    };
    let query: string;
    let label: string = variant;
    switch (variant) {
      case 'deep': {
        this.budget = 400;
        query = this.wrap(kind, `{ ${rootField(field(), rng.pick([8, 12, 20, 40, 100]))} }`, name);
        break;
      }
      case 'aliases': {
        const n = rng.chance(0.5) ? rng.int(2, 30) : rng.logSize(1000);
        const cheap = this.rootFields('query').filter((f) =>
          ['me', 'feeRules', 'office', 'routingRule', 'queueCounts'].includes(f.name),
        );
        const pickFrom = n > 40 ? cheap : fields;
        const shared = rng.pick(pickFrom);
        const parts: string[] = [];
        for (let i = 0; i < n; i++) {
          this.budget = 6;
          parts.push(
            n > 40 && rng.chance(0.5)
              ? `a${i}: __typename`
              : rootField(rng.chance(0.7) ? shared : rng.pick(pickFrom), 3, `a${i}: `),
          );
        }
        query = this.wrap(n > 40 ? 'query' : kind, `{ ${parts.join(' ')} }`, name);
        break;
      }
      case 'fragments': {
        const n = rng.logSize(300);
        const type = rng.pick(['Officer', 'Office', 'Application', 'Query']);
        const names = Array.from({ length: n }, (_, i) => `G${i}`);
        const cyclic = rng.chance(0.1);
        for (let i = 0; i < n; i++) {
          const next = cyclic ? ` ...G${(i + 1) % n}` : rng.chance(0.3) && i + 1 < n ? ` ...G${i + 1}` : '';
          this.fragments.push(`fragment G${i} on ${type} { __typename${next} }`);
        }
        const spreads = names.map((g) => `...${g}`).join(' ');
        const body =
          type === 'Query'
            ? `{ ${spreads} }`
            : type === 'Officer'
              ? `{ me { ${spreads} } }`
              : type === 'Office'
                ? `{ office(id: "1") { ${spreads} } }`
                : `{ application(id: "1") { ${spreads} } }`;
        query = this.wrap('query', body, name);
        break;
      }
      case 'bomb': {
        query = this.fragmentBomb();
        break;
      }
      case 'adversarial': {
        const document = rng.pick(ADVERSARIAL_DOCUMENTS);
        label = `adversarial/${document.name}`;
        query = document.query;
        break;
      }
      case 'directives': {
        const n = rng.logSize(500);
        const ds = Array.from({ length: n }, () =>
          rng.pick(['@include(if: true)', '@skip(if: false)', '@skip(if: true)', '@include(if: 1)', '@unknown']),
        ).join(' ');
        query = this.wrap('query', `{ me ${ds} { id } __typename ${ds} }`, name);
        break;
      }
      case 'introspection': {
        query = rng.pick([
          '{ __schema { types { name kind fields { name args { name type { name ofType { name ofType { name } } } } } } } }',
          '{ __type(name: "Officer") { fields { name type { name } } } }',
          '{ __schema { queryType { name } mutationType { fields { name } } } }',
          '{ __type(name: "\\u0000") { name } }',
          `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`,
        ]);
        break;
      }
      case 'multiop': {
        const ops = Array.from(
          { length: rng.int(2, 4) },
          (_, i) =>
            `${rng.chance(0.7) ? 'query' : 'mutation'} ${rng.chance(0.8) ? `Op${i}` : 'Op0'} { ${rootField(field(), 3)} }`,
        );
        query = ops.join('\n');
        break;
      }
      case 'syntax': {
        const base = this.wrap(kind, `{ ${rootField(field(), 4)} }`, name);
        const cut = rng.int(0, base.length);
        query =
          rng.weighted({
            cut: 3,
            insert: 3,
            drop: 2,
            unbalanced: 2,
          }) === 'cut'
            ? base.slice(0, cut)
            : rng.chance(0.5)
              ? base.slice(0, cut) +
                rng.pick([
                  '{',
                  '}',
                  '(',
                  ')',
                  '"',
                  '$',
                  '@',
                  '...',
                  ':',
                  '!',
                  '#',
                  '\u0000',
                  '\uFEFF',
                  '"""',
                  '\\u{',
                  '\\uD800',
                  '[',
                  ']',
                ]) +
                base.slice(cut)
              : rng.chance(0.5)
                ? base.replace(/[{}()]/, '')
                : '{'.repeat(rng.logSize(20000)) + (rng.chance(0.5) ? '}'.repeat(rng.logSize(20000)) : '');
        break;
      }
      case 'garbage': {
        query = rng.chance(0.5)
          ? fuzzString(rng, 200_000)
          : Array.from({ length: rng.logSize(3000) }, () => String.fromCharCode(rng.int(0, 0xffff))).join('');
        break;
      }
      case 'nestedList': {
        const depth = rng.logSize(5000);
        query = `{ applications(filter: { ids: ${'['.repeat(depth)}"1"${']'.repeat(depth)} }) { total } }`;
        break;
      }
      default: {
        const parts = Array.from({ length: rng.chance(0.8) ? 1 : rng.int(2, 4) }, () =>
          rootField(field(), rng.int(2, 6)),
        );
        query = this.wrap(kind, `{ ${parts.join(' ')} }`, name);
      }
    }
    const operationName = rng.chance(0.1)
      ? rng.pick(['Q', 'Op0', 'Op1', 'missing', ''])
      : name && rng.chance(0.2)
        ? name
        : null;
    return { query, variables: this.variablesJson(), operationName, variant: label };
  }

  /**
   * Fragments that multiply what they select: a chain where each spreads the next up to 8 times,
   * a fan-out where each spreads every later one, or one fragment shared under repeated fields at
   * every depth; under the root, an object or a page of up to 200 rows.
   */
  private fragmentBomb(): string {
    const rng = this.rng;
    const [on, leaf, root] = rng.pick([
      ['Query', '__typename', '{ ...F0 }'],
      ['Officer', 'id office { id }', '{ me { ...F0 } }'],
      [
        'Application',
        'id history { id } documents { id }',
        `{ applications(perPage: ${rng.int(1, 200)}) { items { ...F0 } } }`,
      ],
      ['Office', 'id parent { id }', '{ office(id: "1") { ...F0 } }'],
    ]);
    const shape = rng.pick(['chain', 'fanOut', 'shared']);
    if (shape === 'chain') return fragmentChain(rng.int(1, 40), { on, leaf, root, fanOut: rng.int(1, 8) });
    const n = rng.int(2, shape === 'fanOut' ? 60 : 30);
    if (shape === 'fanOut') {
      const fragments = Array.from(
        { length: n },
        (_, i) =>
          `fragment F${i} on ${on} { ${leaf} ${Array.from({ length: n - i - 1 }, (_, j) => `...F${i + j + 1}`).join(' ')} }`,
      );
      return `${root} ${fragments.join(' ')}`;
    }
    const repeated = Array.from({ length: n }, () => 'office { ...O parent { ...O parent { ...O } } }').join(' ');
    return `{ me { ${repeated} } } fragment O on Office { id name parent { id } }`;
  }
}

export function makeGraphqlRequest(
  rng: Rng,
  pool: Pool = EMPTY_POOL,
  signedIn = false,
  maxHuge = 1_000_000,
): GraphqlRequest {
  return new DocumentMaker(rng, fuzzSchema(), pool, signedIn, maxHuge).make();
}

// ───────────────────────────── HTTP requests ─────────────────────────────

export type Identity = 'anonymous' | 'officer' | 'supervisor' | 'admin';
export const ACCOUNTS: Record<Exclude<Identity, 'anonymous'>, string> = {
  officer: 'heping.officer',
  supervisor: 'city.supervisor',
  admin: 'admin',
};

/** One generated request: its bytes, and how to send them. */
export interface FuzzRequest {
  index: number;
  family: string;
  variant: string;
  identity: Identity;
  bytes: Buffer;
  /** Send this many bytes, then destroy the socket: no answer is expected. */
  abortAfter?: number;
  /** Half-close after sending and expect no particular answer (a body shorter than its Content-Length). */
  expectNoAnswer?: boolean;
  /** Sent this many times at once, each answer judged. */
  burst?: number;
  /** The malformed Cookie header it carries, if any (findings are grouped by it: a bad cookie fails whatever the request). */
  oddCookie?: string;
}

interface Head {
  method: string;
  path: string;
  headers: [string, string][];
  body?: Buffer | string;
  noLength?: boolean;
  version?: string;
}

function rawRequest(head: Head): Buffer {
  const body =
    head.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(head.body) ? head.body : Buffer.from(head.body, 'utf8');
  const lines = [`${head.method} ${head.path} ${head.version ?? 'HTTP/1.1'}`];
  const names = new Set(head.headers.map(([k]) => k.toLowerCase()));
  if (!names.has('host')) lines.push('Host: 127.0.0.1');
  for (const [k, v] of head.headers) lines.push(`${k}: ${v}`);
  if (!names.has('connection')) lines.push('Connection: close');
  if (
    !head.noLength &&
    !names.has('content-length') &&
    !names.has('transfer-encoding') &&
    (body.length || head.method === 'POST')
  )
    lines.push(`Content-Length: ${body.length}`);
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), body]);
}

/** encodeURIComponent, with lone surrogates (which it refuses) sent as U+FFFD. */
const enc = (s: string) =>
  encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

/** Percent-encodes for a URL; now and then leaves raw or broken escapes in on purpose. */
function urlPart(rng: Rng, s: string): string {
  if (rng.chance(0.1))
    return rng.pick(['%', '%zz', '%E0%A4%A', '%00', '%C0%AF', '%uD800', '%%', '%2', '%ff%fe', '..%2f..%2f', '%252e']);
  return enc(s).replace(/%20/g, rng.chance(0.5) ? '+' : '%20');
}

const MALFORMED_COOKIES = [
  'rcc_session=%E0%A4%A',
  'rcc_session=%',
  'rcc_session=%zz',
  'rcc_session=',
  'rcc_session',
  '=',
  ';;;',
  'rcc_session=a; rcc_session=b',
  'rcc_session="quoted"',
  'rcc_session=%00',
  'rcc_session=%C0%AF',
  'rcc_session=\t',
  'rcc_session=null',
  'rcc_session=undefined',
  'rcc_session=__proto__',
  'a=%E0%A4%A; rcc_session=x',
  'rcc_session=x=y=z',
  'RCC_SESSION=abc',
  `rcc_session=${'A'.repeat(43)}`,
];

class HttpMaker {
  oddCookie: string | undefined;
  private readonly values: ValueMaker;
  constructor(
    private readonly rng: Rng,
    private readonly pool: Pool,
    private readonly maxHuge: number,
    private readonly cookieOf: (who: Identity) => string | null,
  ) {
    this.values = new ValueMaker(rng, pool, maxHuge);
  }

  /** The Cookie header for `who`, or (one request in eight) a malformed or huge one instead of or beside it. */
  private cookie(who: Identity): [string, string][] {
    const rng = this.rng;
    const real = this.cookieOf(who);
    if (rng.chance(0.12)) {
      const odd = rng.chance(0.8)
        ? rng.pick(MALFORMED_COOKIES)
        : rng.chance(0.5)
          ? `rcc_session=${'x'.repeat(rng.logSize(15_000))}`
          : Array.from({ length: rng.logSize(2000) }, (_, i) => `c${i}=${i}`).join('; ');
      this.oddCookie = odd.length > 60 ? `${odd.slice(0, 40)}… (${odd.length} characters)` : odd;
      return [['Cookie', real && rng.chance(0.3) ? `${odd}; ${real}` : odd]];
    }
    return real ? [['Cookie', real]] : [];
  }

  private idText(): string {
    const v = this.values.id();
    return v.k === 'str' || v.k === 'num' ? v.v : '1';
  }

  private query(rng: Rng): string {
    return rng.chance(0.2) ? `?${urlPart(rng, fuzzString(rng, 2000))}=${urlPart(rng, fuzzString(rng, 2000))}` : '';
  }

  private oddHeaders(): [string, string][] {
    const rng = this.rng;
    if (!rng.chance(0.1)) return [];
    return [
      rng.pick<[string, string]>([
        ['Accept', '*/*;q=bogus'],
        ['Accept-Encoding', 'gzip;q=2, br, identity;q=0'],
        ['X-Forwarded-For', '127.0.0.1, ::1, <script>'],
        ['Origin', 'null'],
        ['Origin', 'https://evil.example'],
        ['Referer', '%E0%A4%A'],
        ['User-Agent', 'x'.repeat(8000)],
        ['Range', 'bytes=0-0,1-1,2-2,-1'],
        ['Range', 'bytes=999999999-'],
        ['If-None-Match', '*'],
        ['If-Modified-Since', 'garbage'],
        ['Expect', '100-continue'],
        ['Expect', 'bogus'],
        ['Accept-Language', 'zh-CN;q=\u0000'],
        ['X-HTTP-Method-Override', 'DELETE'],
        ['Content-Encoding', 'gzip'],
        ['Content-Encoding', 'deflate'],
        ['Content-Encoding', 'br'],
        ['Content-Encoding', 'bogus'],
        ['apollo-require-preflight', 'true'],
        ['Upgrade', 'websocket'],
        ['Forwarded', 'for=unknown'],
      ]),
    ];
  }

  graphql(who: Identity): { family: string; variant: string; bytes: Buffer; abortAfter?: number } {
    const rng = this.rng;
    const gq = makeGraphqlRequest(rng, this.pool, who !== 'anonymous', this.maxHuge);
    const cookie = this.cookie(who);
    const envelope = rng.weighted({ json: 80, get: 6, contentType: 5, malformed: 5, batch: 2, method: 2 });
    let bodyShape = '';
    const body = () => {
      const shape = rng.chance(0.9)
        ? 'normal'
        : rng.pick([
            'queryNumber',
            'queryArray',
            'noQuery',
            'varsString',
            'varsArray',
            'extensions',
            'opNameNumber',
            'proto',
          ]);
      if (shape !== 'normal') bodyShape = ` (body: ${shape})`;
      const parts = [
        `"query":${shape === 'queryNumber' ? '42' : shape === 'queryArray' ? `[${JSON.stringify(gq.query)}]` : JSON.stringify(gq.query)}`,
      ];
      if (shape === 'noQuery') parts.length = 0;
      if (gq.variables !== null)
        parts.push(
          `"variables":${shape === 'varsString' ? JSON.stringify(gq.variables) : shape === 'varsArray' ? `[${gq.variables}]` : gq.variables}`,
        );
      if (gq.operationName !== null)
        parts.push(`"operationName":${shape === 'opNameNumber' ? '7' : JSON.stringify(gq.operationName)}`);
      if (shape === 'extensions')
        parts.push(
          `"extensions":${rng.pick(['{"persistedQuery":{"version":1,"sha256Hash":"abc"}}', '{"persistedQuery":null}', '"x"', '{"persistedQuery":{"version":2}}'])}`,
        );
      if (shape === 'proto') parts.push('"__proto__":{"query":"{ me { id } }"}', '"constructor":{"prototype":{"x":1}}');
      return `{${parts.join(',')}}`;
    };
    const json: [string, string] = ['Content-Type', 'application/json'];
    switch (envelope) {
      case 'get': {
        const params = [`query=${urlPart(rng, gq.query.slice(0, 6000))}`];
        if (gq.variables) params.push(`variables=${urlPart(rng, gq.variables.slice(0, 4000))}`);
        if (rng.chance(0.1)) params.push(rng.pick(['query=a', 'extensions=%7B', 'operationName=', 'variables=null']));
        const headers: [string, string][] = rng.chance(0.5) ? [['apollo-require-preflight', 'true']] : [];
        return {
          family: 'graphql-get',
          variant: `get/${gq.variant}`,
          bytes: rawRequest({
            method: rng.chance(0.9) ? 'GET' : 'HEAD',
            path: `/graphql?${params.join('&')}`,
            headers: [...headers, ...cookie, ...this.oddHeaders()],
          }),
        };
      }
      case 'contentType': {
        const type = rng.pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/graphql',
          'application/json; charset=utf-16',
          'application/json; charset=bogus',
          'application/json; charset=latin1',
          'application/JSON',
          'application/graphql-response+json',
          'application/json;;;',
          'text/html',
          '',
        ]);
        const headers: [string, string][] = type ? [['Content-Type', type]] : [];
        const b =
          type === 'application/graphql'
            ? gq.query
            : type.startsWith('application/x-www')
              ? `query=${enc(gq.query.slice(0, 5000))}`
              : body();
        return {
          family: 'graphql-content-type',
          variant: `content-type/${type || 'none'}`,
          bytes: rawRequest({ method: 'POST', path: '/graphql', headers: [...headers, ...cookie], body: b }),
        };
      }
      case 'malformed': {
        const good = body();
        const kind = rng.pick([
          'truncated',
          'trailingComma',
          'singleQuotes',
          'nan',
          'bom',
          'deepArray',
          'invalidUtf8',
          'empty',
          'null',
          'number',
          'string',
          'gzipGarbage',
          'duplicateKeys',
          'tooLarge',
        ]);
        const b: Buffer | string =
          kind === 'truncated'
            ? good.slice(0, rng.int(0, good.length - 1))
            : kind === 'trailingComma'
              ? good.replace(/}$/, ',}')
              : kind === 'singleQuotes'
                ? good.replace(/"/g, "'")
                : kind === 'nan'
                  ? '{"query":"{ me { id } }","variables":{"a":NaN,"b":Infinity,"c":undefined}}'
                  : kind === 'bom'
                    ? `\uFEFF${good}`
                    : kind === 'deepArray'
                      ? `{"query":"{ me { id } }","variables":{"a":${'['.repeat(rng.logSize(400_000))}}}`
                      : kind === 'invalidUtf8'
                        ? Buffer.concat([
                            Buffer.from('{"query":"{ me { id } }","variables":{"a":"'),
                            Buffer.from([0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80]),
                            Buffer.from('"}}'),
                          ])
                        : kind === 'empty'
                          ? ''
                          : kind === 'null'
                            ? 'null'
                            : kind === 'number'
                              ? '123'
                              : kind === 'string'
                                ? '"{ me { id } }"'
                                : kind === 'gzipGarbage'
                                  ? Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03])
                                  : kind === 'duplicateKeys'
                                    ? '{"query":"{ me { id } }","query":"{ feeRules { id } }","variables":{},"variables":[]}'
                                    : `{"query":"{ me { id } }","variables":{"a":"${'x'.repeat(1024 * 1024 + rng.int(1, 1000))}"}}`;
        const headers: [string, string][] = [
          json,
          ...(kind === 'gzipGarbage' ? [['Content-Encoding', 'gzip'] as [string, string]] : []),
        ];
        return {
          family: 'graphql-malformed',
          variant: `malformed/${kind}`,
          bytes: rawRequest({ method: 'POST', path: '/graphql', headers: [...headers, ...cookie], body: b }),
        };
      }
      case 'batch': {
        // Up to 200 documents, but not much past the body limit: beyond it every batch gets the same
        // 413, and a batch of 200 huge documents took the fuzzer seconds to make and to judge.
        const documents: string[] = [];
        let size = 0;
        for (let n = rng.logSize(200); n > 0 && size <= BATCH_BYTES; n--) {
          documents.push(body());
          size += (documents.at(-1) ?? '').length;
        }
        const b = `[${documents.join(',')}]`;
        return {
          family: 'graphql-malformed',
          variant: 'batch',
          bytes: rawRequest({ method: 'POST', path: '/graphql', headers: [json, ...cookie], body: b }),
        };
      }
      case 'method': {
        const method = rng.pick(['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'HEAD', 'FOO']);
        return {
          family: 'graphql-malformed',
          variant: `method/${method}`,
          bytes: rawRequest({
            method,
            path: rng.pick(['/graphql', '/graphql/', '//graphql', '/GRAPHQL', '/graphql?x=1']),
            headers: [json, ...cookie],
            body: body(),
          }),
        };
      }
      default: {
        const b = body();
        return {
          family: 'graphql',
          variant: bodyShape ? `any document${bodyShape}` : gq.variant,
          bytes: rawRequest({
            method: 'POST',
            path: '/graphql',
            headers: [json, ...cookie, ...this.oddHeaders()],
            body: b,
          }),
        };
      }
    }
  }

  auth(who: Identity): { family: string; variant: string; bytes: Buffer } {
    const rng = this.rng;
    const route = rng.chance(0.7) ? 'login' : 'logout';
    // Logout with a real session would end the fuzzing accounts' sessions: malformed or anonymous cookies only.
    if (route === 'logout' && rng.chance(0.5)) this.oddCookie = rng.pick(MALFORMED_COOKIES);
    const cookie =
      route === 'logout' ? (this.oddCookie ? [['Cookie', this.oddCookie] as [string, string]] : []) : this.cookie(who);
    const kind = rng.pick([
      'wrongTypes',
      'missing',
      'huge',
      'notJson',
      'form',
      'nested',
      'unknownUser',
      'empty',
      'array',
      'proto',
      'wrongCt',
    ]);
    const str = () => jsonText(this.values.wrong());
    const username = () => JSON.stringify(rng.chance(0.5) ? fuzzString(rng, 50_000) : `nobody-${rng.int(0, 1e6)}`);
    const body =
      kind === 'wrongTypes'
        ? `{"username":${str()},"password":${str()}}`
        : kind === 'missing'
          ? rng.pick(['{}', '{"username":"admin"}', '{"password":"x"}', '{"username":"","password":""}'])
          : kind === 'huge'
            ? `{"username":${username()},"password":${JSON.stringify('p'.repeat(rng.logSize(200_000)))}}`
            : kind === 'notJson'
              ? rng.pick(['username=admin&password=x', '{', '{"username":', '\u0000', 'null', '[]', 'true'])
              : kind === 'form'
                ? `username=${enc(fuzzString(rng, 1000))}&password=x`
                : kind === 'nested'
                  ? `{"username":{"$ne":null},"password":{"$gt":""}}`
                  : kind === 'unknownUser'
                    ? `{"username":${username()},"password":"wrong-password"}`
                    : kind === 'array'
                      ? '[{"username":"nobody","password":"x"}]'
                      : kind === 'proto'
                        ? '{"__proto__":{"username":"nobody","password":"x"},"constructor":{"prototype":{"password":"x"}}}'
                        : '';
    const ct: [string, string][] =
      kind === 'form'
        ? [['Content-Type', 'application/x-www-form-urlencoded']]
        : kind === 'wrongCt'
          ? [['Content-Type', rng.pick(['text/plain', 'application/json; charset=utf-7', 'multipart/form-data'])]]
          : [['Content-Type', 'application/json']];
    const method = rng.chance(0.95) ? 'POST' : rng.pick(['GET', 'PUT', 'DELETE']);
    return {
      family: `rest-${route}`,
      variant: `${route}/${kind}`,
      bytes: rawRequest({
        method,
        path: `/api/${route}${this.query(rng)}`,
        headers: [...ct, ...cookie, ...this.oddHeaders()],
        body: kind === 'wrongCt' ? '{"username":"nobody","password":"x"}' : body,
      }),
    };
  }

  upload(who: Identity): {
    family: string;
    variant: string;
    bytes: Buffer;
    abortAfter?: number;
    expectNoAnswer?: boolean;
  } {
    const rng = this.rng;
    const id = rng.chance(0.9)
      ? urlPart(rng, this.idText())
      : rng.pick(['%E0%A4%A', '..', '%2e%2e', 'x'.repeat(5000), '%00', '']);
    const boundary = rng.chance(0.9)
      ? `----fuzz${rng.int(0, 1e9)}`
      : rng.pick(['', 'x'.repeat(200), 'a b', '"quoted"', '--', '\u00e9', ';', 'x'.repeat(71)]);
    const kind = rng.chance(0.8)
      ? rng.pick(['ID_CARD_FRONT', 'ID_CARD_BACK', 'PHOTO', 'APPLICATION_FORM', 'OTHER'])
      : fuzzString(rng, 3000);
    const files: Record<string, Buffer> = {
      png: PNG_BYTES,
      pdf: PDF_BYTES,
      jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
      text: Buffer.from('hello, not an image'),
      empty: Buffer.alloc(0),
      html: Buffer.from('<html><script>alert(1)</script></html>'),
      exe: Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
    };
    const fileKind = rng.pick(Object.keys(files));
    const fileName = rng.chance(0.6)
      ? rng.pick(['scan.png', 'scan.pdf', 'scan.jpg', '身份证.png', 'a.PNG', 'x.pdf.exe', 'noext'])
      : rng.pick([
          '../../etc/passwd.png',
          '..\\..\\x.pdf',
          '\u0000.png',
          'a"b.png',
          "a'b.pdf",
          'a;b=c.png',
          '\u202Egnp.exe',
          `${'x'.repeat(rng.logSize(20000))}.png`,
          '.png',
          ' ',
          `${fuzzString(rng, 5000)}.pdf`,
        ]);
    const part = (headers: string[], data: Buffer) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\n${headers.join('\r\n')}\r\n\r\n`, 'utf8'),
        data,
        Buffer.from('\r\n'),
      ]);
    const kindPart = () => part([`Content-Disposition: form-data; name="kind"`], Buffer.from(kind, 'utf8'));
    const filePart = (data = files[fileKind], name = fileName) =>
      part(
        [
          `Content-Disposition: form-data; name="file"; filename="${name.replace(/[\r\n]/g, '')}"`,
          `Content-Type: ${rng.pick(['image/png', 'application/pdf', 'application/octet-stream', 'text/html', '../x'])}`,
        ],
        data,
      );
    const closing = Buffer.from(`--${boundary}--\r\n`);
    const variant = rng.weighted({
      valid: 14,
      wrongFile: 8,
      noFile: 4,
      noKind: 4,
      fileFirst: 3,
      manyFields: 3,
      bigField: 3,
      twoFiles: 3,
      filenameStar: 3,
      noDisposition: 2,
      badPartHeader: 2,
      boundaryMismatch: 3,
      noBoundary: 3,
      lfOnly: 2,
      preamble: 2,
      truncated: 6,
      cut: 5,
      abort: 8,
      shortBody: 3,
      badChunked: 3,
      notMultipart: 4,
      nested: 2,
      oversize: 0.3,
    });
    let body: Buffer;
    let contentType = `multipart/form-data; boundary=${boundary}`;
    switch (variant) {
      case 'noFile':
        body = Buffer.concat([kindPart(), closing]);
        break;
      case 'noKind':
        body = Buffer.concat([filePart(), closing]);
        break;
      case 'fileFirst':
        body = Buffer.concat([filePart(), kindPart(), closing]);
        break;
      case 'manyFields':
        body = Buffer.concat([...Array.from({ length: rng.logSize(500) }, () => kindPart()), filePart(), closing]);
        break;
      case 'bigField':
        body = Buffer.concat([
          part([`Content-Disposition: form-data; name="kind"`], Buffer.from('K'.repeat(rng.int(1025, 200_000)))),
          filePart(),
          closing,
        ]);
        break;
      case 'twoFiles':
        body = Buffer.concat([kindPart(), filePart(), filePart(files.pdf, 'second.pdf'), closing]);
        break;
      case 'filenameStar':
        body = Buffer.concat([
          kindPart(),
          part(
            [
              `Content-Disposition: form-data; name="file"; filename*=${rng.pick(["UTF-8''%E0%A4%A.png", "UTF-8''%zz.png", "bogus''x.png", "UTF-8'en'%C3%A9.png", "''"])}`,
            ],
            files.png,
          ),
          closing,
        ]);
        break;
      case 'noDisposition':
        body = Buffer.concat([kindPart(), part(['Content-Type: image/png'], files.png), closing]);
        break;
      case 'badPartHeader':
        body = Buffer.concat([
          kindPart(),
          part(
            [
              rng.pick([
                'Content-Disposition',
                ': nothing',
                'Content-Disposition: form-data; name=',
                `X: ${'y'.repeat(100_000)}`,
                'Content-Disposition: form-data; name="file"; filename',
              ]),
            ],
            files.png,
          ),
          closing,
        ]);
        break;
      case 'boundaryMismatch':
        body = Buffer.concat([kindPart(), filePart(), closing]);
        contentType = 'multipart/form-data; boundary=other';
        break;
      case 'noBoundary':
        body = Buffer.concat([kindPart(), filePart(), closing]);
        contentType = rng.pick([
          'multipart/form-data',
          'multipart/form-data; boundary=',
          'multipart/form-data; boundary="unterminated',
          'multipart/mixed; boundary=x',
        ]);
        break;
      case 'lfOnly':
        body = Buffer.from(
          Buffer.concat([kindPart(), filePart(files.pdf, 'a.pdf'), closing])
            .toString('latin1')
            .replace(/\r\n/g, '\n'),
          'latin1',
        );
        break;
      case 'preamble':
        body = Buffer.concat([
          Buffer.from(fuzzString(rng, 10_000)),
          Buffer.from('\r\n'),
          kindPart(),
          filePart(),
          closing,
          Buffer.from(fuzzString(rng, 10_000)),
        ]);
        break;
      case 'truncated':
        body = Buffer.concat([kindPart(), filePart()]);
        break; // no closing boundary
      case 'cut': {
        const full = Buffer.concat([kindPart(), filePart(), closing]);
        body = full.subarray(0, rng.int(1, full.length - 1));
        break;
      }
      case 'notMultipart':
        body = Buffer.from(rng.pick(['{"kind":"PHOTO"}', 'kind=PHOTO&file=x', '']));
        contentType = rng.pick(['application/json', 'application/x-www-form-urlencoded', 'text/plain', '']);
        break;
      case 'nested':
        body = Buffer.concat([
          kindPart(),
          part(
            ['Content-Disposition: form-data; name="file"', 'Content-Type: multipart/mixed; boundary=inner'],
            Buffer.from('--inner\r\nContent-Disposition: file; filename="a.png"\r\n\r\nx\r\n--inner--'),
          ),
          closing,
        ]);
        break;
      case 'oversize':
        body = Buffer.concat([
          kindPart(),
          filePart(Buffer.concat([PNG_BYTES, Buffer.alloc(10 * 1024 * 1024 + 1 - PNG_BYTES.length, 7)]), 'big.png'),
          closing,
        ]);
        break;
      default:
        body = Buffer.concat([
          kindPart(),
          filePart(
            variant === 'wrongFile'
              ? rng.pick([files.text, files.empty, files.html, files.exe])
              : rng.chance(0.5)
                ? files.png
                : files.pdf,
            variant === 'valid' ? rng.pick(['scan.png', 'scan.pdf', '证件.pdf']) : fileName,
          ),
          closing,
        ]);
    }
    if (variant === 'valid')
      body = Buffer.concat([
        kindPart(),
        (() => {
          const pdf = rng.chance(0.5);
          return filePart(pdf ? files.pdf : files.png, pdf ? '证件.pdf' : 'scan.png');
        })(),
        closing,
      ]);
    const headers: [string, string][] = [
      ...(contentType ? [['Content-Type', contentType] as [string, string]] : []),
      ...this.cookie(who),
      ...this.oddHeaders(),
    ];
    const path = `/api/applications/${id}/documents`;
    if (variant === 'abort') {
      const full = rawRequest({
        method: 'POST',
        path,
        headers,
        body: Buffer.concat([kindPart(), filePart(), closing]),
      });
      return {
        family: 'rest-upload',
        variant: 'upload/abort',
        bytes: full,
        abortAfter: rng.int(Math.floor(full.length / 3), full.length - 1),
      };
    }
    if (variant === 'shortBody') {
      const full = Buffer.concat([kindPart(), filePart(), closing]);
      return {
        family: 'rest-upload',
        variant: 'upload/shortBody',
        bytes: rawRequest({
          method: 'POST',
          path,
          headers: [...headers, ['Content-Length', String(full.length + rng.int(1, 100_000))]],
          body: full,
        }),
        expectNoAnswer: true,
      };
    }
    if (variant === 'badChunked') {
      const chunks = rng.pick([
        `5\r\nhello\r\nzz\r\n`,
        `ffffffffffffffff\r\nx\r\n0\r\n\r\n`,
        `3\r\nabcdef\r\n0\r\n\r\n`,
        `${body.length.toString(16)}\r\n${body.toString('latin1')}\r\n`,
        '-1\r\n\r\n',
      ]);
      return {
        family: 'rest-upload',
        variant: 'upload/badChunked',
        bytes: rawRequest({
          method: 'POST',
          path,
          headers: [
            ...headers,
            ['Transfer-Encoding', rng.pick(['chunked', 'chunked, identity', 'gzip, chunked'])],
            ...(rng.chance(0.3) ? [['Content-Length', '5'] as [string, string]] : []),
          ],
          body: Buffer.from(chunks, 'latin1'),
        }),
        expectNoAnswer: true,
      };
    }
    return {
      family: 'rest-upload',
      variant: `upload/${variant}`,
      bytes: rawRequest({ method: rng.chance(0.97) ? 'POST' : 'PUT', path, headers, body }),
    };
  }

  download(who: Identity): { family: string; variant: string; bytes: Buffer } {
    const rng = this.rng;
    const docs = this.pool.documents;
    const which = rng.pick(['document', 'issued']);
    const id = which === 'document' && docs.length && rng.chance(0.4) ? rng.pick(docs) : urlPart(rng, this.idText());
    const path = which === 'document' ? `/api/documents/${id}/content` : `/api/applications/${id}/issued-document.pdf`;
    const suffix = rng.chance(0.2)
      ? rng.pick([
          '?download=1',
          '?x=%E0%A4%A',
          '?%',
          '/../../etc/passwd',
          '%2f..%2f..%2fetc%2fpasswd',
          `?${'a'.repeat(10_000)}`,
          '#frag',
        ])
      : '';
    return {
      family: 'rest-download',
      variant: `download/${which}`,
      bytes: rawRequest({
        method: rng.chance(0.9) ? 'GET' : rng.pick(['HEAD', 'POST', 'DELETE']),
        path: path + suffix,
        headers: [...this.cookie(who), ...this.oddHeaders()],
      }),
    };
  }

  exportRequest(who: Identity): { family: string; variant: string; bytes: Buffer } {
    const rng = this.rng;
    const which = rng.pick(['applications', 'workload']);
    const format = rng.chance(0.85)
      ? rng.pick(['csv', 'xlsx'])
      : rng.pick(['pdf', 'CSV', '', 'csv.xlsx', '%00', 'json', '..', 'xlsx%E0%A4%A']);
    const params: string[] = [];
    const json = () => {
      const filter = this.values.of(fuzzSchema().getType('ApplicationFilter') as GraphQLInputType, 0, 0.15);
      return rng.chance(0.8)
        ? jsonText(filter)
        : rng.pick([
            '{',
            '{"status":',
            '[]',
            'null',
            '"x"',
            '1',
            '{"__proto__":{"q":"x"}}',
            '{"ids":["abc"]}',
            '{"officeIds":"1"}',
            '{"q":{"$ne":1}}',
            fuzzString(rng, 5000),
          ]);
    };
    if (which === 'applications') {
      if (rng.chance(0.8)) params.push(`filter=${urlPart(rng, json())}`);
      if (rng.chance(0.5)) {
        const sort = rng.chance(0.6)
          ? jsonText(this.values.of(fuzzSchema().getType('ApplicationSort') as GraphQLInputType, 0, 0.2))
          : rng.pick([
              '{"field":"x; DROP TABLE application","order":"ASC"}',
              '{"field":"SUBMITTED_AT","order":"sideways"}',
              '{',
              '[]',
              '{"field":"__proto__"}',
            ]);
        params.push(`sort=${urlPart(rng, sort)}`);
      }
      if (rng.chance(0.1)) params.push('filter=%7B%7D', 'filter=%5B%5D'); // repeated parameter
    } else {
      const date = () => (rng.chance(0.6) ? rng.pick(DATES) : fuzzString(rng, 3000));
      if (rng.chance(0.9)) params.push(`from=${urlPart(rng, date())}`);
      if (rng.chance(0.9)) params.push(`to=${urlPart(rng, date())}`);
      if (rng.chance(0.6))
        params.push(
          `groupBy=${urlPart(rng, rng.chance(0.7) ? rng.pick(['OFFICE', 'OFFICER', 'DAY']) : fuzzString(rng, 1000))}`,
        );
      if (rng.chance(0.4))
        params.push(
          `officeIds=${urlPart(rng, rng.chance(0.5) ? this.pool.offices.slice(0, rng.int(0, 5)).join(',') : rng.pick(['a,b', ',,,', '1,abc', '-1', '9'.repeat(40), fuzzString(rng, 1000)]))}`,
        );
      if (rng.chance(0.1)) params.push('from=2024-01-01', 'groupBy=DAY&groupBy=OFFICE');
    }
    if (rng.chance(0.05)) params.push(rng.pick(['%', '%zz=1', '=&=&', 'a[b]=1', '__proto__[x]=1', '&&&']));
    return {
      family: 'rest-export',
      variant: `export/${which}`,
      bytes: rawRequest({
        method: rng.chance(0.95) ? 'GET' : 'POST',
        path: `/api/exports/${which}.${format}${params.length ? `?${params.join('&')}` : ''}`,
        headers: [...this.cookie(who), ...this.oddHeaders()],
      }),
    };
  }

  /** An expensive request one identity sends many times at once: those past the officer's running budget are answered 429. */
  burst(who: Identity): { family: string; variant: string; bytes: Buffer; burst: number } {
    const rng = this.rng;
    const queries = {
      queue: `{ applications(perPage: ${rng.int(1, 200)}) { items { id referenceNo documents { id } } } }`,
      history: `{ applications(perPage: ${rng.int(1, 40)}) { items { history { id action } } } }`,
      report: `{ workloadReport(input: { from: "2024-01-01", to: "2024-12-31", groupBy: ${rng.pick(['OFFICE', 'OFFICER', 'DAY'])} }) { rows { key received } } }`,
    };
    const kind = rng.pick(['queue', 'history', 'report', 'export'] as const);
    const bytes =
      kind === 'export'
        ? rawRequest({
            method: 'GET',
            path: `/api/exports/applications.${rng.pick(['csv', 'xlsx'])}`,
            headers: this.cookie(who),
          })
        : rawRequest({
            method: 'POST',
            path: '/graphql',
            headers: [['Content-Type', 'application/json'], ...this.cookie(who)],
            body: JSON.stringify({ query: queries[kind] }),
          });
    return { family: 'burst', variant: `burst/${kind}`, bytes, burst: rng.int(2, 16) };
  }

  verify(who: Identity): { family: string; variant: string; bytes: Buffer } {
    const rng = this.rng;
    const issued = this.pool.issued.length && rng.chance(0.3) ? rng.pick(this.pool.issued) : null;
    const params: string[] = [];
    if (rng.chance(0.9))
      params.push(`number=${urlPart(rng, issued && rng.chance(0.7) ? issued.number : fuzzString(rng, 3000))}`);
    if (rng.chance(0.9))
      params.push(`code=${urlPart(rng, issued && rng.chance(0.5) ? issued.code : fuzzString(rng, 3000))}`);
    // A code as long as the issued one in characters, not in bytes (a finding: it answered 500).
    if (issued && rng.chance(0.2))
      params.push(
        `number=${encodeURIComponent(issued.number)}&code=${encodeURIComponent(`${issued.code.slice(1)}码`)}`,
      );
    if (rng.chance(0.15))
      params.push(
        rng.pick([
          'number=a&number=b',
          'code[]=x',
          'code=%E0%A4%A',
          'number[__proto__]=1',
          '%=%',
          `code=${'x'.repeat(20_000)}`,
        ]),
      );
    return {
      family: 'rest-verify',
      variant: 'verify',
      bytes: rawRequest({
        method: rng.chance(0.95) ? 'GET' : 'POST',
        path: `/verify?${params.join('&')}`,
        headers: [...this.cookie(who), ...this.oddHeaders()],
      }),
    };
  }

  /**
   * The online hall's API (/api/hall/v1): token grants with good, wrong and malformed credentials;
   * each operation with the pool's token, a forged or no token; bodies that are a valid application
   * with a field broken, malformed JSON or huge; uploads; payment notices with good, stale, forged or
   * malformed signatures; odd cursors, references and Idempotency-Keys.
   */
  hall(): { family: string; variant: string; bytes: Buffer; abortAfter?: number } {
    const rng = this.rng;
    const hall = this.pool.hall;
    const api = '/api/hall/v1';
    const bearer: [string, string][] =
      hall && rng.chance(0.8)
        ? [['Authorization', `Bearer ${hall.token}`]]
        : rng.chance(0.6)
          ? [
              [
                'Authorization',
                rng.pick([
                  'Bearer',
                  'Bearer ',
                  `Bearer ${'a'.repeat(rng.logSize(20_000))}`,
                  'Basic Zm9vOmJhcg==',
                  `Bearer ${fuzzString(rng, 500)}`,
                  'Bearer hc_0.1.x',
                ]),
              ],
            ]
          : [];
    const key: [string, string][] = rng.chance(0.85)
      ? [['Idempotency-Key', rng.chance(0.8) ? `fuzz-${rng.int(0, 1e6)}` : fuzzString(rng, 300)]]
      : [];
    const ref =
      hall?.references.length && rng.chance(0.7) ? rng.pick(hall.references) : urlPart(rng, fuzzString(rng, 200));
    const json = (value: unknown) =>
      rng.chance(0.1)
        ? rng.pick(['{', '[]', 'null', '"x"', '{"a":'.repeat(rng.logSize(5000)), '\u0000'])
        : JSON.stringify(value);
    const post = (
      path: string,
      body: string | Buffer,
      contentType = 'application/json',
      extra: [string, string][] = [],
    ) =>
      rawRequest({
        method: 'POST',
        path: `${api}${path}`,
        headers: [['Content-Type', contentType], ...bearer, ...extra, ...this.oddHeaders()],
        body,
      });
    const kind = rng.weighted({
      token: 3,
      submit: 5,
      state: 2,
      upload: 3,
      supplement: 1,
      withdraw: 1,
      payment: 3,
      events: 2,
      other: 1,
    });
    const variant = `hall/${kind}`;
    switch (kind) {
      case 'token': {
        const id = hall && rng.chance(0.7) ? hall.clientId : fuzzString(rng, 200);
        const secret = hall && rng.chance(0.3) ? hall.secret : fuzzString(rng, 500);
        const form = new URLSearchParams({ grant_type: rng.chance(0.8) ? 'client_credentials' : fuzzString(rng, 100) });
        if (rng.chance(0.5)) {
          form.set('client_id', id);
          form.set('client_secret', secret);
        }
        if (rng.chance(0.2)) form.set('scope', rng.pick(['intake', 'status payments', 'admin', fuzzString(rng, 300)]));
        const basic: [string, string][] = rng.chance(0.5)
          ? [
              [
                'Authorization',
                `Basic ${rng.chance(0.8) ? Buffer.from(`${enc(id)}:${enc(secret)}`).toString('base64') : fuzzString(rng, 600)}`,
              ],
            ]
          : [];
        const body = rng.chance(0.85)
          ? form.toString()
          : rng.chance(0.5)
            ? json({ grant_type: 'client_credentials', client_id: id })
            : 'x'.repeat(rng.logSize(20_000));
        return {
          family: 'hall',
          variant,
          bytes: rawRequest({
            method: 'POST',
            path: `${api}/token`,
            headers: [
              ['Content-Type', rng.pick(['application/x-www-form-urlencoded', 'application/json', 'text/plain'])],
              ...basic,
              ...this.oddHeaders(),
            ],
            body,
          }),
        };
      }
      case 'submit':
        return {
          family: 'hall',
          variant,
          bytes: post('/applications', json(this.brokenApplication()), 'application/json', key),
        };
      case 'state':
        return {
          family: 'hall',
          variant,
          bytes: rawRequest({
            method: 'GET',
            path: `${api}/applications/${ref}`,
            headers: [...bearer, ...this.oddHeaders()],
          }),
        };
      case 'upload': {
        const boundary = `----hall${rng.int(0, 1e9)}`;
        const data = rng.chance(0.7) ? PNG_BYTES : Buffer.from(fuzzString(rng, 5000), 'utf8');
        const kindName = rng.chance(0.8)
          ? rng.pick(['ID_CARD_FRONT', 'ID_CARD_BACK', 'PASSPORT', 'PHOTO'])
          : fuzzString(rng, 300);
        const body = Buffer.concat([
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kindName}\r\n`, 'utf8'),
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${rng.pick(['scan.png', 'x.pdf', '扫描.png', 'a"b.png'])}"\r\nContent-Type: image/png\r\n\r\n`,
            'utf8',
          ),
          data,
          Buffer.from(rng.chance(0.9) ? `\r\n--${boundary}--\r\n` : '', 'utf8'),
        ]);
        const bytes = post(`/applications/${ref}/documents`, body, `multipart/form-data; boundary=${boundary}`, key);
        return {
          family: 'hall',
          variant,
          bytes,
          ...(rng.chance(0.1) ? { abortAfter: rng.int(1, bytes.length - 1) } : {}),
        };
      }
      case 'supplement':
        return { family: 'hall', variant, bytes: post(`/applications/${ref}/supplement`, '') };
      case 'withdraw':
        return {
          family: 'hall',
          variant,
          bytes: post(
            `/applications/${ref}/withdraw`,
            json({ reason: rng.chance(0.7) ? '申请人撤回' : fuzzString(rng, 3000) }),
          ),
        };
      case 'payment': {
        const notice = json({
          referenceNo: hall?.references.length && rng.chance(0.7) ? rng.pick(hall.references) : fuzzString(rng, 100),
          amount: rng.pick([0, 25, 30, -1, 1e308, 0.001, '30', null]),
          paidAt: rng.chance(0.7) ? new Date().toISOString() : fuzzString(rng, 100),
          receiptNo: rng.chance(0.7) ? `R-${rng.int(0, 1000)}` : fuzzString(rng, 500),
        });
        const t = Math.floor(Date.now() / 1000) + rng.pick([0, 0, 0, -400, 400]);
        const signature =
          hall && rng.chance(0.5)
            ? `t=${t},v1=${createHmac('sha256', hall.secret).update(`${t}.${notice}`).digest('hex')}`
            : rng.pick(['', 't=1,v1=00', `t=${t},v1=${'0'.repeat(64)}`, fuzzString(rng, 400), 'v1=,t=']);
        return {
          family: 'hall',
          variant,
          bytes: post('/payments', notice, rng.pick(['application/json', 'text/plain']), [['X-Signature', signature]]),
        };
      }
      case 'events': {
        const query = rng.chance(0.6)
          ? `after=${rng.int(0, 1000)}&limit=${rng.int(1, 500)}`
          : `after=${urlPart(rng, fuzzString(rng, 100))}&limit=${urlPart(rng, fuzzString(rng, 50))}`;
        return {
          family: 'hall',
          variant,
          bytes: rawRequest({
            method: 'GET',
            path: `${api}/events?${query}`,
            headers: [...bearer, ...this.oddHeaders()],
          }),
        };
      }
      default:
        return {
          family: 'hall',
          variant,
          bytes: rawRequest({
            method: rng.pick(['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']),
            path: `${api}${rng.pick(['/openapi.json', '/', '/applications', `/applications/${ref}/x`, '/OPENAPI.JSON', '/../graphql', `/${urlPart(rng, fuzzString(rng, 300))}`])}`,
            headers: [...bearer, ...this.oddHeaders()],
          }),
        };
    }
  }

  /** A valid application of the hall with, mostly, one field broken: a wrong type, a hostile string, a huge value, a stray key or none at all. */
  private brokenApplication(): Record<string, unknown> {
    const rng = this.rng;
    const base = hallApplication(`FUZZ-${rng.int(0, 1e6)}`);
    if (rng.chance(0.15)) return base;
    const subject = base.subject as Record<string, unknown>;
    const target = rng.chance(0.5) ? subject : base;
    const field = rng.pick(Object.keys(target));
    const broken = rng.pick([
      () => fuzzString(rng, 100_000),
      () => rng.int(-1e9, 1e9),
      () => null,
      () => [],
      () => ({ nested: { deeper: fuzzString(rng, 100) } }),
      () => true,
      () => undefined,
    ])();
    if (broken === undefined) delete target[field];
    else target[field] = broken;
    if (rng.chance(0.1)) target[fuzzString(rng, 50)] = 1;
    if (rng.chance(0.05)) Object.setPrototypeOf(target, { polluted: true });
    return base;
  }

  /** Odd paths, methods, protocol versions and header lines, anywhere. */
  raw(who: Identity): { family: string; variant: string; bytes: Buffer; expectNoAnswer?: boolean } {
    const rng = this.rng;
    const kind = rng.pick([
      'path',
      'health',
      'http10',
      'badContentLength',
      'smuggle',
      'hugeHeader',
      'noHost',
      'garbageLine',
      'manyHeaders',
      'absoluteUri',
      'console',
    ]);
    const cookie = this.cookie(who);
    switch (kind) {
      case 'path':
        return {
          family: 'raw',
          variant: 'raw/path',
          bytes: rawRequest({
            method: 'GET',
            path: rng.pick([
              '/api/',
              '/api/nope',
              '/api/%E0%A4%A',
              '/api/../../etc/passwd',
              '/%2e%2e/%2e%2e/etc/passwd',
              '/api/documents//content',
              '/api/applications/%00/issued-document.pdf',
              '/api/exports/',
              '/api/exports/applications',
              `/${'a/'.repeat(3000)}`,
              '/graphql/../api/health',
              '/verify/',
              '/verify?',
              '/api/health?%',
            ]),
            headers: cookie,
          }),
        };
      case 'health':
        return {
          family: 'raw',
          variant: 'raw/health',
          bytes: rawRequest({
            method: rng.pick(['GET', 'POST', 'HEAD', 'DELETE']),
            path: '/api/health',
            headers: cookie,
            body: rng.chance(0.3) ? '{' : undefined,
          }),
        };
      case 'http10':
        return {
          family: 'raw',
          variant: 'raw/http10',
          bytes: rawRequest({
            method: 'GET',
            path: '/api/health',
            headers: cookie,
            version: rng.pick(['HTTP/1.0', 'HTTP/0.9', 'HTTP/2.0', 'HTTP/1.1x', 'FOO/1.1']),
          }),
        };
      case 'badContentLength':
        return {
          family: 'raw',
          variant: 'raw/badContentLength',
          bytes: rawRequest({
            method: 'POST',
            path: rng.pick(['/graphql', '/api/login']),
            headers: [
              ['Content-Type', 'application/json'],
              ['Content-Length', rng.pick(['abc', '-1', '1e3', '99999999999999999999', '5, 6', ' 3'])],
              ...cookie,
            ],
            body: '{"query":"{ me { id } }"}',
          }),
        };
      case 'smuggle':
        return {
          family: 'raw',
          variant: 'raw/smuggle',
          bytes: rawRequest({
            method: 'POST',
            path: '/graphql',
            headers: [
              ['Content-Type', 'application/json'],
              ['Content-Length', '4'],
              ['Transfer-Encoding', 'chunked'],
            ],
            body: '0\r\n\r\nGET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
          }),
        };
      case 'hugeHeader':
        return {
          family: 'raw',
          variant: 'raw/hugeHeader',
          bytes: rawRequest({
            method: 'GET',
            path: '/api/health',
            headers: [['X-Big', 'x'.repeat(rng.logSize(100_000))], ...cookie],
          }),
        };
      case 'noHost':
        return {
          family: 'raw',
          variant: 'raw/noHost',
          bytes: Buffer.from('GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n'),
        };
      case 'garbageLine':
        return {
          family: 'raw',
          variant: 'raw/garbageLine',
          expectNoAnswer: true,
          bytes: Buffer.from(
            rng.pick([
              '\r\n\r\n',
              'GET\r\n\r\n',
              'GET / HTTP/1.1\r\nHost 127.0.0.1\r\n\r\n',
              '\u0000\u0001\u0002\r\n\r\n',
              'GET / HTTP/1.1\r\nX: a\u0000b\r\nConnection: close\r\n\r\n',
              'GET /api/health HTTP/1.1\nHost: x\nConnection: close\n\n',
            ]),
          ),
        };
      case 'manyHeaders':
        return {
          family: 'raw',
          variant: 'raw/manyHeaders',
          bytes: rawRequest({
            method: 'GET',
            path: '/api/health',
            headers: Array.from({ length: rng.logSize(3000) }, (_, i) => [`X-H${i}`, String(i)] as [string, string]),
          }),
        };
      case 'absoluteUri':
        return {
          family: 'raw',
          variant: 'raw/absoluteUri',
          bytes: rawRequest({
            method: 'GET',
            path: rng.pick(['http://127.0.0.1/api/health', 'http://evil.example/api/health', '*', 'api/health']),
            headers: cookie,
          }),
        };
      default:
        return {
          family: 'raw',
          variant: 'raw/console',
          bytes: rawRequest({
            method: 'GET',
            path: rng.pick(['/', '/index.html', '/assets/%E0%A4%A.js', '/applications/1', '/%']),
            headers: cookie,
          }),
        };
    }
  }
}

// A tiny valid PNG (1x1) and PDF for the uploads that should succeed.
const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);
const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

export const FAMILY_WEIGHTS = {
  graphql: 60,
  auth: 3,
  upload: 12,
  download: 7,
  export: 6,
  burst: 2,
  verify: 3,
  raw: 7,
  hall: 5,
};

export interface GenerateOptions {
  seed: number;
  pool: Pool;
  maxHuge?: number;
  cookieOf: (who: Identity) => string | null;
}

/** Request `index` of the run with `seed`: always the same bytes for the same pool and cookies. */
export function generateRequest(index: number, options: GenerateOptions): FuzzRequest {
  const rng = new Rng(requestSeed(options.seed, index));
  const identity = rng.weighted<Identity>({ anonymous: 25, officer: 30, supervisor: 20, admin: 25 });
  const maker = new HttpMaker(rng, options.pool, options.maxHuge ?? 1_000_000, options.cookieOf);
  const family = rng.weighted(FAMILY_WEIGHTS);
  const made =
    family === 'graphql'
      ? maker.graphql(identity)
      : family === 'auth'
        ? maker.auth(identity)
        : family === 'upload'
          ? maker.upload(identity)
          : family === 'download'
            ? maker.download(identity)
            : family === 'export'
              ? maker.exportRequest(identity)
              : family === 'burst'
                ? maker.burst(identity)
                : family === 'verify'
                  ? maker.verify(identity)
                  : family === 'hall'
                    ? maker.hall()
                    : maker.raw(identity);
  return { index, identity, ...made, oddCookie: maker.oddCookie };
}

// ───────────────────────────── sending and checking ─────────────────────────────

export interface Answer {
  status: number | null;
  headers: string;
  body: string;
  error?: string;
  ms: number;
}

/** Sends raw bytes to 127.0.0.1:port and reads until the server closes (every request asks for Connection: close). */
export function send(port: number, request: FuzzRequest, timeoutMs: number): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const socket = net.connect({ host: '127.0.0.1', port });
    const finish = (error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const headText = (split >= 0 ? raw.subarray(0, split) : raw).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(headText);
      let body: Buffer = split >= 0 ? raw.subarray(split + 4) : Buffer.alloc(0);
      if (/\r\ntransfer-encoding:\s*chunked/i.test(headText)) body = dechunk(body);
      resolve({
        status: match ? Number(match[1]) : null,
        headers: headText,
        body: body.toString('utf8'),
        error: raw.length ? undefined : error,
        ms: Date.now() - started,
      });
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      if (size < 4_000_000) {
        chunks.push(chunk);
        size += chunk.length;
      }
    });
    socket.on('end', () => finish('closed without an answer'));
    socket.on('close', () => finish('closed without an answer'));
    socket.on('error', (e: NodeJS.ErrnoException) => finish(e.code ?? e.message));
    socket.on('connect', () => {
      if (request.abortAfter !== undefined) {
        socket.write(request.bytes.subarray(0, request.abortAfter), () =>
          setTimeout(() => finish('aborted by the fuzzer'), 5),
        );
      } else {
        socket.write(request.bytes);
        if (request.expectNoAnswer) setTimeout(() => socket.end(), 20);
      }
    });
  });
}

function dechunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  while (at < body.length) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!size) break;
    out.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}

/** What a response must not contain: stack frames, source paths, SQL or driver error names. */
const LEAKS: { name: string; re: RegExp }[] = [
  { name: 'stack frame', re: /^ {2,}at \S.*$/m },
  { name: 'source path', re: /[\w@-]{1,80}\.(?:ts|js|mjs|cjs):\d+/ },
  { name: 'source path', re: /(?:\/work\/|node_modules\/|\/server\/[\w/-]+\.\w+)/ },
  { name: 'SQL', re: /\bSELECT\b[^\n]{0,300}?\bFROM\b/ },
  { name: 'SQL', re: /\bINSERT INTO\b|\bDELETE FROM\b|\bUPDATE\s+[`"]?\w+[`"]?\s+SET\b/ },
  {
    name: 'SQL error',
    re: /\bSQLITE_[A-Z_]{3,}\b|\bER_[A-Z_]{3,}\b|QueryFailedError|EntityNotFoundError|TypeORMError|EntityPropertyNotFoundError/,
  },
];

export type Verdict = { ok: true; codes: string[] } | { ok: false; problem: string; codes: string[] };

/** The checks of one answer; `requestText` tells echoed input from leaked internals. */
export function judge(request: FuzzRequest, answer: Answer): Verdict {
  const codes: string[] = [];
  const isJson = /\r\ncontent-type:\s*application\/(?:graphql-response\+)?json/i.test(answer.headers);
  let parsed: unknown = null;
  if (isJson) {
    try {
      parsed = JSON.parse(answer.body);
    } catch {
      /* scanned as text below */
    }
  }
  if (isRecord(parsed) && Array.isArray(parsed.errors))
    for (const e of parsed.errors)
      codes.push(String((isRecord(e) && isRecord(e.extensions) ? e.extensions.code : undefined) ?? 'NO_CODE'));
  if (isRecord(parsed) && typeof parsed.code === 'string') codes.push(parsed.code);
  if (answer.status !== null && answer.status >= 500) return { ok: false, problem: `HTTP ${answer.status}`, codes };
  if (codes.includes('INTERNAL_SERVER_ERROR')) return { ok: false, problem: 'INTERNAL_SERVER_ERROR', codes };
  // Only text written by the server is scanned: CSV and XLSX exports carry stored data, PDFs and files their own bytes.
  const contentType = /\r\ncontent-type:\s*([^\r\n;]+)/i.exec(answer.headers)?.[1]?.toLowerCase() ?? '';
  if (contentType && !/json|html|text\/plain/.test(contentType)) return { ok: true, codes };
  const text = `${answer.headers}\r\n\r\n${answer.body}`;
  // What was sent, normalized once and only when a match asks: a request can be megabytes.
  let sent: string | null = null;
  const wasSent = (n: string) => {
    sent ??= normalize(request.bytes.toString('utf8'));
    return sent.includes(n);
  };
  for (const leak of LEAKS) {
    const re = new RegExp(leak.re.source, `${leak.re.flags.replace('g', '')}g`);
    for (const m of text.matchAll(re)) {
      const n = normalize(m[0]);
      if (!n || wasSent(n) || PLANTED.some((p) => p.includes(n) || n.includes(p))) continue;
      return { ok: false, problem: `${leak.name} in the answer: ${JSON.stringify(m[0].slice(0, 160))}`, codes };
    }
  }
  return { ok: true, codes };
}

// ───────────────────────────── the server under test ─────────────────────────────

export interface ServerInfo {
  url: string;
  port: number;
  databaseUrl: string | null;
  sqlitePath: string;
  filesDir: string;
  auditKey: string;
}

/** The throwaway server in a child process (scripts/fuzz.ts --serve), so a crash ends it and not the fuzzer. */
export class ServerProcess {
  readonly log: string[] = [];
  exited: { code: number | null; signal: string | null } | null = null;
  private readonly exitWaiters: (() => void)[] = [];
  private constructor(
    readonly child: ChildProcess,
    readonly info: ServerInfo,
  ) {}

  static start(applications: number): Promise<ServerProcess> {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, 'scripts', 'fuzz.ts'), '--serve', String(applications)],
      {
        cwd: REPO_ROOT,
        // Its first line of output is its address: the request log (LOG_LEVEL) would come before it.
        env: { ...process.env, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const early: string[] = [];
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`the fuzz server exited with ${code} before it started:\n${early.join('\n')}`));
      child.once('exit', onExit);
      child.stderr.on('data', (d: Buffer) => {
        early.push(d.toString());
        if (early.length > 50) early.shift();
      });
      const lines = createInterface({ input: child.stdout });
      lines.once('line', (line) => {
        child.off('exit', onExit);
        const info = JSON.parse(line) as ServerInfo;
        const server = new ServerProcess(child, info);
        server.log.push(...early);
        child.stderr.removeAllListeners('data');
        const keep = (d: Buffer) => {
          server.log.push(d.toString());
          if (server.log.length > 200) server.log.splice(0, server.log.length - 200);
        };
        child.stderr.on('data', keep);
        lines.on('line', (l) => keep(Buffer.from(`${l}\n`)));
        child.once('exit', (code, signal) => {
          server.exited = { code, signal };
          for (const w of server.exitWaiters.splice(0)) w();
        });
        resolve(server);
      });
    });
  }

  get alive(): boolean {
    return this.exited === null;
  }

  waitExit(): Promise<void> {
    return this.exited ? Promise.resolve() : new Promise((r) => this.exitWaiters.push(r));
  }

  /** Stops the server (SIGTERM, then SIGKILL after 15 s). */
  async stop(): Promise<void> {
    if (!this.alive) return;
    const exited = this.waitExit();
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }

  /** After the process ended: the audit chain of its database, then the database and files removed. */
  async verifyAndDiscard(): Promise<{ ok: boolean; detail: string }> {
    let result: { ok: boolean; detail: string };
    try {
      const ds = await openDatabase({ databaseUrl: this.info.databaseUrl, sqlitePath: this.info.sqlitePath });
      try {
        const check = await verifyAuditChain(ds, this.info.auditKey);
        result = check.ok
          ? { ok: true, detail: `audit chain intact: ${check.events} events` }
          : {
              ok: false,
              detail: `audit chain broken at event ${check.firstBadEventId}: ${check.problem} (${check.events} events verified before it)`,
            };
      } finally {
        await ds.destroy();
      }
    } catch (error) {
      result = {
        ok: false,
        detail: `audit chain could not be checked: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (this.info.databaseUrl) await dropDatabase(this.info.databaseUrl);
    fs.rmSync(path.dirname(this.info.filesDir), { recursive: true, force: true });
    return result;
  }
}

// ───────────────────────────── the run ─────────────────────────────

export interface Finding {
  kind: string;
  variant: string;
  count: number;
  examples: string[];
}

export interface FuzzReport {
  seed: number;
  requests: number;
  sent: number;
  ms: number;
  byFamily: Record<string, number>;
  byVariant: Record<string, number>;
  msByVariant: Record<string, number>;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  findings: Finding[];
  restarts: number;
  slowest: { ms: number; variant: string; index: number }[];
  audit: string[];
  healthAtEnd: boolean;
}

export interface FuzzOptions {
  seed: number;
  requests: number;
  concurrency?: number;
  applications?: number;
  maxHuge?: number;
  timeoutMs?: number;
  /** Replay only these request indexes (of `seed`). */
  only?: number[];
  /** Stop after this many crashes (each costs a restart). */
  maxCrashes?: number;
  /**
   * Start no request after this many seconds (those under way finish): on a machine busy with
   * other work the run sends fewer of its requests, always the same first ones of the seed.
   */
  seconds?: number;
  progress?: (line: string) => void;
}

/** Describes a request for a report: its variant, identity and (abridged) bytes. */
export function describeRequest(request: FuzzRequest, seed: number): string {
  const shown =
    request.bytes.length > 700
      ? `${request.bytes.subarray(0, 500).toString('utf8')}…[${request.bytes.length - 700} bytes]…${request.bytes.subarray(-200).toString('utf8')}`
      : request.bytes.toString('utf8');
  const how =
    request.abortAfter !== undefined
      ? `, socket destroyed after ${request.abortAfter} of ${request.bytes.length} bytes`
      : request.expectNoAnswer
        ? ', then half-closed'
        : '';
  return `#${request.index} (seed ${seed}, ${request.variant}, as ${request.identity}${how}): ${JSON.stringify(shown).replace(/\\r\\n/g, '⏎')}`;
}

async function login(url: string, username: string): Promise<{ cookie: string; id: string }> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${url}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (res.status === 429 && attempt < 5) {
      const wait = Math.min(Number(res.headers.get('retry-after') ?? 1), 60);
      await new Promise((r) => setTimeout(r, wait * 1000));
      continue;
    }
    if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { officer: { id: string } };
    return {
      cookie: present(res.headers.get('set-cookie'), `the session cookie of ${username}`).split(';')[0],
      id: String(body.officer.id),
    };
  }
}

async function gql<T>(url: string, cookie: string, query: string): Promise<GqlResult<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as GqlResult<T>;
}

/** The ids the server has, read as the admin. */
async function readPool(url: string, cookie: string, protectedOfficers: string[]): Promise<Pool> {
  const data = (
    await gql<{
      applications: {
        items: {
          id: string;
          version: number;
          documents: { id: string }[];
          issuedDocument: { number: string; verificationCode: string } | null;
        }[];
      };
      officers: { items: { id: string }[] };
      offices: { items: { id: string }[] };
      routingRules: { id: string }[];
    }>(
      url,
      cookie,
      `{ applications(perPage: 200) { items { id version documents { id } issuedDocument { number verificationCode } } }
    officers(perPage: 200) { items { id } } offices(perPage: 200) { items { id } } routingRules { id } }`,
    )
  ).data;
  if (!data) return { ...EMPTY_POOL, protectedOfficers };
  const apps = data.applications.items;
  return {
    applications: apps.map((a) => ({ id: a.id, version: a.version })),
    documents: apps.flatMap((a) => a.documents.map((d) => d.id)),
    officers: data.officers.items.map((o) => o.id),
    offices: data.offices.items.map((o) => o.id),
    rules: data.routingRules.map((r) => r.id),
    issued: apps.flatMap(({ issuedDocument }) =>
      issuedDocument ? [{ number: issuedDocument.number, code: issuedDocument.verificationCode }] : [],
    ),
    protectedOfficers,
    hall: null,
  };
}

/** A valid application as the hall hands it over (its subject's number fixed: the same bytes every run). */
function hallApplication(hallReference: string): Record<string, unknown> {
  return {
    hallReference,
    applicantKind: 'INDIVIDUAL',
    subject: {
      name: '模糊测试',
      category: 'CITIZEN',
      idType: 'RESIDENT_ID_CARD',
      idNumber: '210102199005170091',
      nationality: '中国',
      domicileRegion: '210102001',
      residenceRegion: '210102001',
      phone: '13800001111',
    },
    purpose: 'QUALIFICATION',
    delivery: 'ELECTRONIC',
  };
}

/** A machine client of the hall, its token, and three cases it handed over. */
async function hallClient(url: string, cookie: string): Promise<Pool['hall']> {
  const { data } = await gql<{ createHallClient: { client: { clientId: string }; clientSecret: string } }>(
    url,
    cookie,
    'mutation { createHallClient(input: { name: "fuzz hall", scopes: ["intake", "payments", "status"] }) { client { clientId } clientSecret } }',
  );
  const { createHallClient } = present(data, 'the new hall client');
  const clientId = createHallClient.client.clientId;
  const secret = createHallClient.clientSecret;
  const token = await fetch(`${url}/api/hall/v1/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
  }).then((r) => r.json() as Promise<{ access_token: string }>);
  const references: string[] = [];
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${url}/api/hall/v1/applications`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token.access_token}`,
        'Idempotency-Key': `fuzz-pool-${i}`,
      },
      body: JSON.stringify(hallApplication(`FUZZ-POOL-${i}`)),
    });
    references.push(((await res.json()) as { referenceNo: string }).referenceNo);
  }
  return { clientId, secret, token: token.access_token, references };
}

async function health(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) });
    return res.status === 200;
  } catch {
    return false;
  }
}

/** Runs the fuzzer against its own throwaway server(s); never throws for findings, only reports them. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now();
  const concurrency = options.concurrency ?? 8;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxCrashes = options.maxCrashes ?? 5;
  const progress = options.progress ?? (() => {});
  const report: FuzzReport = {
    seed: options.seed,
    requests: options.only?.length ?? options.requests,
    sent: 0,
    ms: 0,
    byFamily: {},
    byVariant: {},
    msByVariant: {},
    byStatus: {},
    byCode: {},
    findings: [],
    restarts: 0,
    slowest: [],
    audit: [],
    healthAtEnd: false,
  };
  const findings = new Map<string, Finding>();
  const addFinding = (kind: string, variant: string, example: string) => {
    const key = `${kind} | ${variant}`;
    const f = findings.get(key) ?? { kind, variant, count: 0, examples: [] };
    f.count++;
    if (f.examples.length < 3) f.examples.push(example.length > 2500 ? `${example.slice(0, 2500)}…` : example);
    findings.set(key, f);
  };
  const bump = (map: Record<string, number>, key: string) => {
    map[key] = (map[key] ?? 0) + 1;
  };

  let server = await ServerProcess.start(options.applications ?? 40);
  let cookies: Partial<Record<Identity, string>> = {};
  let pool: Pool = EMPTY_POOL;
  const quarantined = new Set<string>();
  let crashes = 0;

  /** Signs the fuzzing accounts in on the server and reads the ids it has. */
  const signIn = async () => {
    cookies = {};
    const ids: string[] = [];
    for (const who of Object.keys(ACCOUNTS) as (keyof typeof ACCOUNTS)[]) {
      const session = await login(server.info.url, ACCOUNTS[who]);
      cookies[who] = session.cookie;
      ids.push(session.id);
    }
    const admin = present(cookies.admin, 'the session of the admin');
    pool = {
      ...(await readPool(server.info.url, admin, ids)),
      hall: await hallClient(server.info.url, admin),
    };
  };
  /** A fresh server, after one died. */
  const boot = async () => {
    server = await ServerProcess.start(options.applications ?? 40);
    await signIn();
  };
  const retire = async (s: ServerProcess) => {
    await s.stop();
    const audit = await s.verifyAndDiscard();
    report.audit.push(audit.detail);
    if (!audit.ok) addFinding('audit chain', 'end of run', audit.detail);
  };
  await signIn();
  try {
    await fuzzAll();
  } finally {
    // Whatever happened, the server is stopped and its database checked and removed.
    report.healthAtEnd = server.alive && (await health(server.info.url));
    if (!report.healthAtEnd)
      addFinding(
        'no answer at /api/health at the end',
        'end of run',
        `server ${server.alive ? 'running but not answering' : `exited ${JSON.stringify(server.exited)}`}`,
      );
    await retire(server);
  }
  report.findings = [...findings.values()];
  report.ms = Date.now() - started;
  return report;

  async function fuzzAll() {
    const cookieOf = (who: Identity) => (who === 'anonymous' ? null : (cookies[who] ?? null));
    const generate = (index: number) =>
      generateRequest(index, { seed: options.seed, pool, maxHuge: options.maxHuge, cookieOf });

    const indexes = options.only ?? Array.from({ length: options.requests }, (_, i) => i);
    let next = 0;
    let restarting: Promise<void> | null = null;
    /** The requests most recently started on the current server: the suspects when it dies. */
    let recent: FuzzRequest[] = [];
    let lastReport = Date.now();

    /** The server died: the requests in flight are the suspects; each is replayed alone on a fresh server to name the culprit. */
    const handleCrash = async (dead: ServerProcess, suspects: FuzzRequest[]) => {
      crashes++;
      const log = dead.log
        .join('')
        .split('\n')
        .filter((l) => l.trim())
        .slice(-25)
        .join('\n');
      await retire(dead);
      report.restarts++;
      await boot();
      let culprit: FuzzRequest | null = null;
      for (const suspect of suspects.sort((a, b) => a.index - b.index)) {
        const again = generateRequest(suspect.index, { seed: options.seed, pool, maxHuge: options.maxHuge, cookieOf });
        await send(server.info.port, again, timeoutMs);
        await new Promise((r) => setTimeout(r, 300));
        if (!server.alive || !(await health(server.info.url))) {
          culprit = again;
          await server.waitExit().catch(() => {});
          await retire(server);
          report.restarts++;
          await boot();
          break;
        }
      }
      if (culprit) {
        quarantined.add(culprit.variant);
        addFinding(
          'server process died',
          culprit.variant,
          `${describeRequest(culprit, options.seed)}\n  (replayed alone on a fresh server: it died again; variant ${culprit.variant} skipped for the rest of the run)\n  server log:\n${log}`,
        );
      } else {
        addFinding(
          'server process died',
          'unknown',
          `exit ${JSON.stringify(dead.exited)}; no single request in flight reproduced it alone; in flight:\n${suspects.map((s) => `  ${describeRequest(s, options.seed)}`).join('\n')}\n  server log:\n${log}`,
        );
      }
    };

    const worker = async () => {
      for (;;) {
        if (restarting) await restarting;
        if (crashes >= maxCrashes) return;
        if (next >= indexes.length) return;
        if (options.seconds != null && Date.now() - started > options.seconds * 1000) return;
        const index = indexes[next++];
        let request: FuzzRequest;
        try {
          request = generate(index);
        } catch (error) {
          addFinding(
            'fuzzer error (not the server)',
            'generator',
            `request #${index} of seed ${options.seed} could not be made: ${error instanceof Error ? error.stack : String(error)}`,
          );
          continue;
        }
        if (quarantined.has(request.variant)) {
          bump(report.byStatus, 'skipped (quarantined)');
          continue;
        }
        const current = server;
        recent.push(request);
        if (recent.length > concurrency * 2) recent.shift();
        /** Counts and judges one answer; false when the server died under it. */
        const record = async (answer: Answer): Promise<boolean> => {
          report.sent++;
          bump(report.byFamily, request.family);
          bump(report.byVariant, request.variant);
          report.msByVariant[request.variant] = (report.msByVariant[request.variant] ?? 0) + answer.ms;
          if (report.slowest.length < 5 || answer.ms > report.slowest[report.slowest.length - 1].ms) {
            report.slowest.push({ ms: answer.ms, variant: request.variant, index: request.index });
            report.slowest.sort((a, b) => b.ms - a.ms).splice(5);
          }
          // A dead server: wait a moment for its exit to be seen, then restart (once, whoever notices first).
          if (
            answer.status === null &&
            current.alive &&
            answer.error !== 'aborted by the fuzzer' &&
            answer.error !== 'timeout'
          )
            await new Promise((r) => setTimeout(r, 100));
          if (!current.alive) {
            if (!restarting && server === current) {
              const suspects = recent;
              recent = [];
              restarting = handleCrash(current, suspects).finally(() => {
                restarting = null;
              });
            }
            bump(report.byStatus, 'server down');
            return false;
          }
          const status =
            answer.status === null
              ? request.abortAfter !== undefined || request.expectNoAnswer
                ? 'no answer (expected)'
                : `no answer (${answer.error})`
              : String(answer.status);
          bump(report.byStatus, status);
          if (answer.error === 'timeout' && request.abortAfter === undefined && !request.expectNoAnswer) {
            addFinding(`no answer within ${timeoutMs} ms`, request.variant, describeRequest(request, options.seed));
          }
          const verdict = judge(request, answer);
          for (const code of verdict.codes) bump(report.byCode, code);
          if (!verdict.ok) {
            addFinding(
              verdict.problem.replace(/:.*$/, ''),
              request.oddCookie ? `${request.variant}, odd Cookie` : request.variant,
              `${describeRequest(request, options.seed)}\n  → ${verdict.problem}; answer: ${JSON.stringify(`${answer.headers.split('\r\n')[0]} ${answer.body.slice(0, 400)}`)}`,
            );
          }
          // Sessions are never ended on purpose; should one die anyway, sign in again.
          const session = cookies[request.identity];
          if (
            request.identity !== 'anonymous' &&
            session !== undefined &&
            verdict.codes.includes('UNAUTHENTICATED') &&
            request.bytes.includes(session)
          ) {
            const check = await gql(current.info.url, session, '{ me { id } }').catch(() => null);
            if (check && !check.data) {
              addFinding(
                'fuzzing account signed out',
                request.variant,
                `${describeRequest(request, options.seed)} — the session of ${ACCOUNTS[request.identity]} ended; signed in again`,
              );
              cookies[request.identity] = (await login(current.info.url, ACCOUNTS[request.identity])).cookie;
            }
          }
          return true;
        };
        // A burst is the same request sent several times at once.
        const answers = await Promise.all(
          Array.from({ length: request.burst ?? 1 }, () => send(current.info.port, request, timeoutMs)),
        );
        for (const answer of answers) if (!(await record(answer))) break;
        if (Date.now() - lastReport > 10_000) {
          lastReport = Date.now();
          progress(
            `${report.sent}/${indexes.length} requests, ${((Date.now() - started) / 1000).toFixed(0)} s, ${findings.size} finding kinds`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    if (restarting) await restarting;
    if (crashes >= maxCrashes)
      addFinding(
        'run stopped early',
        'crashes',
        `the server died ${crashes} times; stopped after ${report.sent} requests`,
      );
  }
}

/** The report as text: counts by family, status and code, then each finding with its first reproductions. */
export function formatReport(report: FuzzReport): string {
  const table = (title: string, counts: Record<string, number>) =>
    `${title}:\n${Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `  ${String(v).padStart(7)}  ${k}`)
      .join('\n')}`;
  const lines = [
    `fuzz: seed ${report.seed}, ${report.sent} requests sent of ${report.requests} in ${(report.ms / 1000).toFixed(1)} s, ${report.restarts} server restarts`,
    table('by family', report.byFamily),
    table('by HTTP status', report.byStatus),
    table('by error code', report.byCode),
    `most time (total ms / requests): ${Object.entries(report.msByVariant)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, v]) => `${k} ${v}/${report.byVariant[k]}`)
      .join(', ')}`,
    `slowest: ${report.slowest.map((s) => `#${s.index} ${s.variant} ${s.ms} ms`).join(', ')}`,
    ...report.audit,
    `health at the end: ${report.healthAtEnd ? 'ok' : 'NOT ANSWERING'}`,
  ];
  if (!report.findings.length) lines.push('findings: none');
  else {
    lines.push(
      `FINDINGS (${report.findings.length} kinds, ${report.findings.reduce((s, f) => s + f.count, 0)} requests):`,
    );
    for (const f of report.findings.sort((a, b) => b.count - a.count)) {
      lines.push(`- ${f.kind} [${f.variant}] × ${f.count}`);
      for (const e of f.examples) lines.push(`    ${e.replace(/\n/g, '\n    ')}`);
    }
  }
  return lines.join('\n');
}
