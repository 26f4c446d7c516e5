// Benchmarks the report and dashboard queries at scale: npm run bench
//   DATABASE_URL      MySQL/MariaDB to use (default mysql://root@127.0.0.1:3306/rcc_bench, created if missing)
//   BENCH_APPLICATIONS  cases to seed first if fewer are there (default 1000000)
//   BENCH_RUNS        measured runs of each query (default 7)
// Each query runs through the real server over HTTP (median and p95), and the SQL it sent is then run
// directly on the database the same number of times, for comparison. Results: docs/bench.md.
import 'reflect-metadata';
import { startServer } from '../server/app';
import { Application } from '../server/applications/application.entity';
import { slaCondition, slaParameters } from '../server/applications/sla.queries';
import { CLOSING_STATUSES } from '../server/applications/workflow';
import { WorkCalendar } from '../server/calendar/calendar.service';
import { SlaState } from '../server/core/enums';
import { DEMO_PASSWORD } from '../server/seed/demo-directory';
import { CapturingLogger, dataStatements, openBenchDatabase, writeBenchSection } from './bench-database';

const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return { median: s[Math.floor((s.length - 1) / 2)], p95: s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] };
};

async function main() {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const logger = new CapturingLogger();
  const { ds, config, added, seedSeconds } = await openBenchDatabase(logger);
  if (added) console.log(`seeded ${added} applications in ${seedSeconds} s`);
  const total = await ds.getRepository(Application).count();
  const server = await startServer(ds, config, 0);

  const login = await fetch(`${server.url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'city.supervisor', password: DEMO_PASSWORD }),
  });
  const setCookie = login.headers.get('set-cookie');
  if (!setCookie) throw new Error(`sign-in of city.supervisor failed: ${login.status}`);
  const cookie = setCookie.split(';')[0];
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };

  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const day = (offset: number) => new Date(Date.parse(today) + offset * 86400_000).toISOString().slice(0, 10);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  const REPORT =
    'query($i: WorkloadReportInput!) { workloadReport(input: $i) { rows { key received accepted decided issued mailed openNow overdueNow slaMetRate medianWorkingDaysToDecision } totals { received decided slaMetRate } } }';
  const queries: { name: string; target: number; query: string; variables: Record<string, unknown> }[] = [
    {
      name: 'month report by office',
      target: 1000,
      query: REPORT,
      variables: { i: { from: `${today.slice(0, 8)}01`, to: today, groupBy: 'OFFICE' } },
    },
    {
      name: 'month report by officer',
      target: 1000,
      query: REPORT,
      variables: { i: { from: `${today.slice(0, 8)}01`, to: today, groupBy: 'OFFICER' } },
    },
    {
      name: 'month time in status',
      target: 1000,
      query:
        'query($i: TimeInStatusInput!) { timeInStatus(input: $i) { officeId status count averageWorkingDays p90WorkingDays } }',
      variables: { i: { from: `${today.slice(0, 8)}01`, to: today } },
    },
    {
      name: 'dashboard: queue counts',
      target: 200,
      query: '{ queueCounts { byStatus { status count } unassigned mine overdue dueSoon dueToday } }',
      variables: {},
    },
    {
      name: 'dashboard: decided this week',
      target: 200,
      query: REPORT,
      variables: { i: { from: day(-weekday), to: today, groupBy: 'OFFICE' } },
    },
    {
      name: 'dashboard: 30-day trend by day',
      target: 200,
      query: REPORT,
      variables: { i: { from: day(-29), to: today, groupBy: 'DAY' } },
    },
    {
      name: 'dashboard: overdue and due soon',
      target: 200,
      query:
        '{ applications(filter: { slaState: [OVERDUE, DUE_SOON] }, sort: { field: DUE_AT, order: ASC }, perPage: 15) { total items { id referenceNo dueAt slaState office { name } assignee { displayName } } } }',
      variables: {},
    },
    {
      name: 'queue: first page',
      target: 200,
      query:
        '{ applications(perPage: 25) { total items { id referenceNo status subject { name idNumberMasked } office { name } assignee { displayName } dueAt slaState } } }',
      variables: {},
    },
  ];

  const lines = [
    `| query | target | API median | API p95 | SQL median | SQL p95 | statements |`,
    `| --- | --- | --- | --- | --- | --- | --- |`,
  ];
  for (const q of queries) {
    await gql(q.query, q.variables); // warm-up
    const api: number[] = [];
    logger.captured = [];
    for (let i = 0; i < runs; i++) {
      logger.capturing = i === 0;
      const t = performance.now();
      await gql(q.query, q.variables);
      api.push(performance.now() - t);
      logger.capturing = false;
    }
    const statements = dataStatements(logger);
    const sql: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      for (const s of statements) await ds.query(s.query, s.parameters as unknown[]);
      sql.push(performance.now() - t);
    }
    const a = stats(api);
    const d = stats(sql);
    const line = `| ${q.name} | < ${q.target} ms | ${a.median.toFixed(0)} ms | ${a.p95.toFixed(0)} ms | ${d.median.toFixed(0)} ms | ${d.p95.toFixed(0)} ms | ${statements.length} |`;
    console.log(line);
    lines.push(line);
  }
  const pool = Number((await ds.query('SELECT @@innodb_buffer_pool_size AS p'))[0].p) / 2 ** 20;
  // The shape of the data, by the definitions the server uses.
  const cases = () => ds.getRepository(Application).createQueryBuilder('a');
  const now = new Date();
  const first = await cases().select('MIN(a.submittedAt)', 'since').getRawOne<{ since: string | Date }>();
  // A MIN without GROUP BY answers exactly one row.
  if (!first) throw new Error('MIN(submittedAt) answered no row');
  const shape = {
    since: first.since,
    open: await cases().where('a.status NOT IN (:...closing)', { closing: CLOSING_STATUSES }).getCount(),
    overdue: await cases()
      .where(slaCondition(SlaState.OVERDUE))
      .setParameters(slaParameters(now, (await WorkCalendar.load(ds.manager)).dueSoonBefore(now)))
      .getCount(),
  };
  const seeded = added
    ? `Seeded by this run: ${added.toLocaleString('en')} cases in ${seedSeconds} s.`
    : 'Seeded before this run.';
  const report = `${total.toLocaleString('en')} applications on ${(await ds.query('SELECT VERSION() AS v'))[0].v} (innodb_buffer_pool_size ${pool} MiB), ${runs} runs each after a warm-up, signed in as city.supervisor (every office), on this project's 2-core machine, ${new Date().toISOString().slice(0, 10)}.
API = the GraphQL request over HTTP to the running server; SQL = the statements that request sent, run directly.

| query | target | API median | API p95 | SQL median | SQL p95 | statements |
| --- | --- | --- | --- | --- | --- | --- |
${lines.slice(2).join('\n')}

The data: cases submitted since ${new Date(shape.since).toISOString().slice(0, 10)}, ${shape.open.toLocaleString('en')} of them still open and ${shape.overdue.toLocaleString('en')} overdue (the bulk seed's two-year history of a bureau that keeps up with its intake). ${seeded}

- The period numbers of the reports and the queue counts come from counters kept in the same transaction as each change (\`server/counters/counters.ts\`), so they stay exact; a test recounts them from the cases and their history.
- Time in status counts the stays that began in the period from their kept lengths (\`application_status_change.workingDays\`, one covering index); only stays still going on are measured at request time.
- The overdue and due-soon list reads the (status, dueAt) index; its cost follows the number of such cases, not the size of the table.

Reproduce: \`npm run bench\` (see scripts/bench.ts for its settings).
`;
  writeBenchSection('bench', report);
  console.log('written to docs/bench.md');
  await server.stop();
  await ds.destroy();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
