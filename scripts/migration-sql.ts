// Prints the SQL that would bring a freshly migrated database in line with the entities, for each
// dialect: the body of the next migration. Empty output means the migrations are complete.
// Usage: npm run migration:sql [-- mysql://root@127.0.0.1:3306/test]
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../server/data-source';
import { createThrowawayDatabase } from './throwaway-database';

async function pending(ds: DataSource) {
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  return sql;
}

async function main() {
  const baseUrl = process.argv[2] ?? process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/test';
  const sqlite = await pending(new DataSource(dataSourceOptions({ databaseUrl: null, sqlitePath: ':memory:' })));
  const db = await createThrowawayDatabase(baseUrl, 'rcc_migration');
  try {
    const mysql = await pending(new DataSource(dataSourceOptions({ databaseUrl: db.url, sqlitePath: '', mariadb: true })));
    for (const [name, log] of [['sqlite', sqlite], ['mysql', mysql]] as const) {
      console.log(`// ${name} up`);
      for (const q of log.upQueries) console.log(JSON.stringify(q.query) + ',');
      console.log(`// ${name} down`);
      for (const q of log.downQueries.reverse()) console.log(JSON.stringify(q.query) + ',');
    }
  } finally {
    await db.drop();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
