// How long the GraphQL limits take to answer documents built to be expensive (test/support/adversarial.ts):
// npm run bench:limits [-- --runs 7] [--http]. Each document goes through the validation Apollo runs
// (graphql-js's rules, then ours and graphql-armor's), timed as the median of its runs; a document
// that passes is compiled by graphql-jit as execution would, timed too. The slowest rule of each is
// named (each rule timed alone). With --http, each is also posted to a throwaway server, timed from
// sending to its answer, with /api/health asked meanwhile. Every figure should stay under 50 ms.
import 'reflect-metadata';
import { type DocumentNode, getOperationAST, parse, specifiedRules, type ValidationRule, validate } from 'graphql';
import { compileQuery } from 'graphql-jit';
import { QUERY_LIMITS, queryLimits } from '../server/graphql/query-limits';
import { createSchema } from '../server/schema';
import { ADVERSARIAL_DOCUMENTS, tokensOf } from '../test/support/adversarial';
import { startTestApp } from '../test/support/harness';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

function timed(runs: number, work: () => unknown): number {
  work(); // warm-up
  return median(
    Array.from({ length: runs }, () => {
      const started = performance.now();
      work();
      return performance.now() - started;
    }),
  );
}

async function main() {
  const runs = Number(option('runs') ?? 7);
  const schema = await createSchema();
  const limits = queryLimits(schema);
  const rules: ValidationRule[] = [...specifiedRules, ...limits.validationRules];
  console.log(`validation and compilation of ${ADVERSARIAL_DOCUMENTS.length} documents, median of ${runs} runs (ms)`);
  console.log(`${'document'.padEnd(40)} tokens   bytes  validate  compile  slowest rule alone        answer`);
  for (const { name, query } of ADVERSARIAL_DOCUMENTS) {
    let document: DocumentNode;
    try {
      document = parse(query, limits.parseOptions);
    } catch (error) {
      console.log(
        `${name.padEnd(40)} ${String(tokensOf(query)).padStart(6)} ${String(query.length).padStart(7)}  not parsed: ${(error as Error).message}`,
      );
      continue;
    }
    const errors = validate(schema, document, rules);
    const validating = timed(runs, () => validate(schema, document, rules));
    const alone = rules.map((rule) => ({
      rule: rule.name || 'anonymous',
      ms: timed(Math.min(runs, 3), () => validate(schema, document, [rule])),
    }));
    const slowest = alone.reduce((a, b) => (b.ms > a.ms ? b : a));
    const operation = errors.length ? null : getOperationAST(document, null);
    const compiling = operation ? timed(runs, () => compileQuery(schema, document, operation.name?.value)) : null;
    const answer = errors.length ? `refused: ${errors[0].message.slice(0, 60)}` : 'valid';
    console.log(
      `${name.padEnd(40)} ${String(tokensOf(query)).padStart(6)} ${String(query.length).padStart(7)} ${validating.toFixed(2).padStart(9)} ${(compiling?.toFixed(2) ?? '-').padStart(8)}  ${`${slowest.rule} ${slowest.ms.toFixed(2)}`.padEnd(25)} ${answer}`,
    );
  }
  if (!process.argv.includes('--http')) return;
  const app = await startTestApp({ applications: 200 });
  try {
    console.log(
      `\nover HTTP (throwaway server, 200 cases): time to the answer, and the slowest /api/health asked meanwhile (ms)`,
    );
    for (const { name, query } of ADVERSARIAL_DOCUMENTS) {
      let slowestHealth = 0;
      let answered = false;
      const health = (async () => {
        while (!answered) {
          const started = performance.now();
          await fetch(`${app.server.url}/api/health`);
          slowestHealth = Math.max(slowestHealth, performance.now() - started);
        }
      })();
      const started = performance.now();
      const res = await fetch(`${app.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      const ms = performance.now() - started;
      answered = true;
      await health;
      console.log(
        `${name.padEnd(40)} ${ms.toFixed(1).padStart(8)}  health ${slowestHealth.toFixed(1).padStart(7)}  ${res.status} ${body.errors?.[0]?.extensions?.code ?? 'data'}`,
      );
    }
  } finally {
    await app.close();
  }
  console.log(`(limits: ${JSON.stringify(QUERY_LIMITS)})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
