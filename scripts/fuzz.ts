// Fuzzes a throwaway server: npm run fuzz -- --requests 100000 [--seed N] [--concurrency 8] [--only 12,345]
// On SQLite, or on MariaDB/MySQL with TEST_DATABASE_URL=mysql://root@127.0.0.1:3306/test (a database of
// its own, dropped afterwards). Prints counts by family, status and error code, and every finding with
// its first reproductions; exits 1 on a finding. `--only` replays single requests of a seed.
//
// `--serve N` is the server side: the throwaway server (test harness, N demo cases) in this process,
// started by the fuzzer so that a crash ends this process and not the fuzzer.
import 'reflect-metadata';
import { formatReport, runFuzz } from '../test/support/fuzz';
import { startTestApp } from '../test/support/harness';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function serve(applications: number) {
  const app = await startTestApp({ applications });
  const port = (app.server.httpServer.address() as { port: number }).port;
  console.log(
    JSON.stringify({
      url: `http://127.0.0.1:${port}`,
      port,
      databaseUrl: app.config.databaseUrl,
      sqlitePath: app.config.sqlitePath,
      filesDir: app.config.filesDir,
      auditKey: app.config.auditKey,
    }),
  );
  // The fuzzer checks the audit chain and removes the database after this process has ended.
  process.on('SIGTERM', () => {
    app.server
      .stop()
      .then(() => app.ds.destroy())
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  });
}

async function main() {
  if (process.argv.includes('--serve')) return serve(Number(option('serve') ?? 40));
  const seed = Number(option('seed') ?? 20240601);
  const requests = Number(option('requests') ?? 10_000);
  const only = option('only')?.split(',').map(Number);
  if (!Number.isInteger(seed) || !Number.isInteger(requests) || requests < 1)
    throw new Error('usage: npm run fuzz -- --requests N [--seed N] [--concurrency N] [--only i,j]');
  console.log(
    `fuzzing ${only ? `requests ${only.join(', ')}` : `${requests} requests`} with seed ${seed} on ${process.env.TEST_DATABASE_URL ? 'MariaDB/MySQL' : 'SQLite'}`,
  );
  const report = await runFuzz({
    seed,
    requests,
    only,
    concurrency: Number(option('concurrency') ?? 8),
    applications: Number(option('applications') ?? 40),
    maxCrashes: Number(option('max-crashes') ?? 10),
    progress: (line) => console.log(line),
  });
  console.log(formatReport(report));
  process.exit(report.findings.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
