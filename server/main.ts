import 'reflect-metadata';
import { startServer } from './app';
import { loadConfig } from './config';
import { openDatabase } from './data-source';
import { ensureOfficialCalendar } from './calendar/official-calendar';
import { seedDemoData, isEmptyDatabase } from './seed/demo-seed';

async function main() {
  const config = loadConfig();
  const ds = await openDatabase(config);
  // The official holidays and moved working days, on every database; corrections stay.
  await ensureOfficialCalendar(ds);
  if (config.seedDemo && (await isEmptyDatabase(ds))) {
    console.log('Empty embedded database: loading demo data (one time)...');
    await seedDemoData(ds, config, { applications: 2000, progress: true });
  }
  const server = await startServer(ds, config);
  console.log(`record-check-console: ${server.url}/graphql (${config.databaseUrl ? 'MySQL' : `SQLite ${config.sqlitePath}`})`);
  const shutdown = async () => {
    await server.stop();
    await ds.destroy();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
