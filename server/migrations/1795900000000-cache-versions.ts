import { type DialectSql, sqlMigration } from './sql-migration';

// One version number per kind of reference data the server processes keep in memory (see
// core/reference-cache.ts): each change bumps it in its own transaction.
const ROWS = "INSERT INTO cache_version (name, version) VALUES ('calendar', 1), ('offices', 1), ('officers', 1)";
const SQL: DialectSql = {
  sqlite: {
    up: [
      'CREATE TABLE "cache_version" ("name" varchar(32) PRIMARY KEY NOT NULL, "version" integer NOT NULL DEFAULT (1))',
      ROWS,
    ],
    down: ['DROP TABLE "cache_version"'],
  },
  mysql: {
    up: [
      'CREATE TABLE `cache_version` (`name` varchar(32) NOT NULL, `version` int NOT NULL DEFAULT 1, PRIMARY KEY (`name`)) ENGINE=InnoDB',
      ROWS,
    ],
    down: ['DROP TABLE `cache_version`'],
  },
};

export const CacheVersions1795900000000 = sqlMigration('CacheVersions1795900000000', SQL);
