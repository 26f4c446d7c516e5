// Prints the SQL that would bring a freshly migrated database in line with the entities, for each
// dialect: the body of the next migration. Empty output means the migrations are complete.
//   npm run migration:sql                  print it
//   npm run migration:sql -- --write Name  write it as server/migrations/<time>-<name>.ts
// (then add the class to server/migrations/index.ts). Needs MariaDB/MySQL at TEST_DATABASE_URL
// or mysql://root@127.0.0.1:3306/test.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../server/data-source';
import { createThrowawayDatabase } from './throwaway-database';

async function pending(ds: DataSource) {
  await ds.initialize();
  await ds.runMigrations();
  const sql = await ds.driver.createSchemaBuilder().log();
  await ds.destroy();
  return { up: sql.upQueries.map((q) => q.query), down: sql.downQueries.map((q) => q.query).reverse() };
}

function migrationSource(
  name: string,
  time: number,
  sql: Record<'sqlite' | 'mysql', { up: string[]; down: string[] }>,
): string {
  const list = (queries: string[]) => queries.map((q) => `      ${JSON.stringify(q)},`).join('\n');
  return `import { type DialectSql, sqlMigration } from './sql-migration';

// Generated per dialect by \`npm run migration:sql -- --write ${name}\`, then kept as written.
const SQL: DialectSql = {
  sqlite: {
    up: [
${list(sql.sqlite.up)}
    ],
    down: [
${list(sql.sqlite.down)}
    ],
  },
  mysql: {
    up: [
${list(sql.mysql.up)}
    ],
    down: [
${list(sql.mysql.down)}
    ],
  },
};

export const ${name}${time} = sqlMigration('${name}${time}', SQL);
`;
}

async function main() {
  const writeAt = process.argv.indexOf('--write');
  const name = writeAt >= 0 ? process.argv[writeAt + 1] : null;
  const baseUrl = process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/test';
  const sqlite = await pending(new DataSource(dataSourceOptions({ databaseUrl: null, sqlitePath: ':memory:' })));
  const db = await createThrowawayDatabase(baseUrl, 'rcc_migration');
  try {
    const mysql = await pending(
      new DataSource(dataSourceOptions({ databaseUrl: db.url, sqlitePath: '', mariadb: true })),
    );
    if (name) {
      const time = Date.now();
      const file = `server/migrations/${time}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`;
      writeFileSync(file, migrationSource(name, time, { sqlite, mysql }));
      console.log(`wrote ${file}: add ${name}${time} to server/migrations/index.ts`);
      return;
    }
    for (const [dialect, sql] of Object.entries({ sqlite, mysql })) {
      console.log(`-- ${dialect} up`);
      for (const q of sql.up) console.log(q);
      console.log(`-- ${dialect} down`);
      for (const q of sql.down) console.log(q);
    }
  } finally {
    await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
