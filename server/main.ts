import 'reflect-metadata';
import { startServer } from './app';
import { ensureOfficialCalendar } from './calendar/official-calendar';
import { databaseLabel, loadConfig } from './config';
import { openDatabase } from './data-source';
import { log } from './operations/log';
import { isEmptyDatabase, seedDemoData } from './seed/demo-seed';

async function main() {
  const config = loadConfig();
  const ds = await openDatabase(config);
  // The official holidays and moved working days, on every database; corrections stay.
  await ensureOfficialCalendar(ds);
  if (config.seedDemo && (await isEmptyDatabase(ds))) {
    log.info('Empty embedded database: loading demo data (one time)...');
    await seedDemoData(ds, config, { applications: 2000, progress: true });
  }
  const server = await startServer(ds, config);
  log.info(`record-check-console: ${server.url}/graphql (${databaseLabel(config)})`);
  // A graceful stop: /api/ready answers 503 at once (for drainNoticeMs new work is still taken, so
  // a proxy's checks move traffic away), then no new connections, requests under way finish (10 s
  // at most), the database closes, and the process exits 0.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: draining`);
    server.state.draining = true;
    await new Promise((resolve) => setTimeout(resolve, config.drainNoticeMs));
    await server.stop();
    await ds.destroy();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error) => {
  log.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
