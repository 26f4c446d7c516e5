// Demo data on any database: npm run seed -- --applications 2000
// Uses DATABASE_URL (MySQL/MariaDB) when set, else the embedded SQLite file.
import 'reflect-metadata';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/data-source';
import { refuseDemoInProduction, seedDemoData } from '../server/seed/demo-seed';

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--applications');
  const applications = at >= 0 ? Number(args[at + 1]) : 2000;
  if (!Number.isInteger(applications) || applications < 0) {
    console.error('--applications takes a whole number, e.g. --applications 2000');
    process.exit(2);
  }
  const config = loadConfig();
  refuseDemoInProduction(config);
  const ds = await openDatabase(config);
  const started = Date.now();
  const { added } = await seedDemoData(ds, config, {
    applications,
    progress: process.stdout.isTTY || process.env.CI !== 'true',
  });
  console.log(
    `Demo data ready: ${added} applications added in ${((Date.now() - started) / 1000).toFixed(0)} s (${applications} wanted in all).`,
  );
  await ds.destroy();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
