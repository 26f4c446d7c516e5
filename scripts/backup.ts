// Backs up the database and the file storage together: npm run backup -- [--out DIR]
// and puts one back: npm run restore -- --from DIR (into an empty database and file storage).
// Uses DATABASE_URL (MySQL/MariaDB: a consistent dump by mariadb-dump or mysqldump, then the
// client to load it) or SQLITE_PATH (SQLite's online backup), FILES_DIR and AUDIT_KEY, as the
// server does. The database is taken first: the file storage only grows (files are named by their
// content and written before the rows that name them), so every file a row of the dump names is
// in the copy taken after it. A restore ends with the audit chain verified.
import 'reflect-metadata';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { verifyAuditChain } from '../server/audit/audit.verify';
import { type Config, databaseLabel, loadConfig } from '../server/config';
import { openDatabase } from '../server/data-source';

interface Manifest {
  createdAt: string;
  dialect: 'mysql' | 'sqlite';
  database: string;
  files: number;
}

const tool = (...names: string[]) =>
  names.find((name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0) ?? names[0];

/**
 * How the database's command-line clients reach it. The password goes in their environment, not
 * their arguments, which other users see (ps) and a failed command's message repeats.
 */
function clientArgs(databaseUrl: string): { args: string[]; env: NodeJS.ProcessEnv; database: string } {
  const url = new URL(databaseUrl);
  return {
    args: [`--host=${url.hostname}`, `--port=${url.port || 3306}`, `--user=${decodeURIComponent(url.username)}`],
    env: { ...process.env, MYSQL_PWD: decodeURIComponent(url.password) },
    database: decodeURIComponent(url.pathname.slice(1)),
  };
}

/** A folder with anything in it but temporary uploads (which a restore does not bring back). */
const holdsFiles = (dir: string) =>
  fs.existsSync(dir) && fs.readdirSync(dir).some((name) => name !== 'tmp' && !name.startsWith('.'));

/**
 * Copies the files of `from` into `to`, leaving out the temporary uploads; returns how many. Into a
 * backup (`owner only`) each file is readable by its owner alone, as the backup's database is.
 */
function copyFiles(from: string, to: string, ownerOnly: boolean): number {
  let count = 0;
  if (!fs.existsSync(from)) return 0;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.name === 'tmp' || entry.name.startsWith('.')) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) count += copyFiles(source, target, ownerOnly);
    else {
      fs.mkdirSync(to, { recursive: true, ...(ownerOnly ? { mode: 0o700 } : {}) });
      fs.copyFileSync(source, target);
      if (ownerOnly) fs.chmodSync(target, 0o600);
      count++;
    }
  }
  return count;
}

/** A backup holds every applicant's personal data: readable by its owner alone, and left whole or not at all. */
async function backup(config: Config, out: string): Promise<Manifest> {
  if (fs.existsSync(out) && fs.readdirSync(out).length)
    throw new Error(`${out} is not empty: back up into a new folder`);
  fs.mkdirSync(out, { recursive: true, mode: 0o700 });
  fs.chmodSync(out, 0o700);
  const umask = process.umask(0o077);
  try {
    return await writeBackup(config, out);
  } catch (e) {
    fs.rmSync(out, { recursive: true, force: true });
    throw e;
  } finally {
    process.umask(umask);
  }
}

async function writeBackup(config: Config, out: string): Promise<Manifest> {
  let manifest: Manifest;
  if (config.databaseUrl) {
    const { args, env, database } = clientArgs(config.databaseUrl);
    const dump = execFileSync(
      tool('mariadb-dump', 'mysqldump'),
      [...args, '--single-transaction', '--hex-blob', '--routines', database],
      {
        env,
        maxBuffer: 2 ** 31 - 1,
      },
    );
    fs.writeFileSync(path.join(out, 'database.sql'), dump);
    manifest = { createdAt: new Date().toISOString(), dialect: 'mysql', database: 'database.sql', files: 0 };
  } else {
    const source = new Database(config.sqlitePath, { fileMustExist: true });
    await source.backup(path.join(out, 'database.sqlite'));
    source.close();
    manifest = { createdAt: new Date().toISOString(), dialect: 'sqlite', database: 'database.sqlite', files: 0 };
  }
  manifest.files = copyFiles(config.filesDir, path.join(out, 'files'), true);
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function restore(config: Config, from: string): Promise<{ files: number; events: number }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(from, 'manifest.json'), 'utf8')) as Manifest;
  if ((manifest.dialect === 'mysql') !== !!config.databaseUrl)
    throw new Error(`this backup is of a ${manifest.dialect} database`);
  if (holdsFiles(config.filesDir))
    throw new Error(`the file storage ${config.filesDir} is not empty: restore into a new one (FILES_DIR)`);
  if (config.databaseUrl) {
    const { args, env, database } = clientArgs(config.databaseUrl);
    const client = tool('mariadb', 'mysql');
    const tables = execFileSync(client, [...args, '--batch', '--skip-column-names', '-e', 'SHOW TABLES', database], {
      encoding: 'utf8',
      env,
    }).trim();
    if (tables) throw new Error(`the database ${database} is not empty: restore into a new one`);
    execFileSync(client, [...args, database], {
      env,
      input: fs.readFileSync(path.join(from, manifest.database)),
      maxBuffer: 2 ** 31 - 1,
    });
  } else {
    if (fs.existsSync(config.sqlitePath)) throw new Error(`${config.sqlitePath} exists: restore into a new file`);
    fs.mkdirSync(path.dirname(config.sqlitePath), { recursive: true });
    fs.copyFileSync(path.join(from, manifest.database), config.sqlitePath);
  }
  // The storage exists even with nothing to put back: a server's readiness check writes there.
  fs.mkdirSync(config.filesDir, { recursive: true });
  const files = copyFiles(path.join(from, 'files'), config.filesDir, false);
  if (files !== manifest.files) throw new Error(`${files} files restored, the backup holds ${manifest.files}`);
  const ds = await openDatabase(config);
  try {
    const chain = await verifyAuditChain(ds, config.auditKey);
    if (!chain.ok)
      throw new Error(`the restored audit chain is broken at event ${chain.firstBadEventId}: ${chain.problem}`);
    return { files, events: chain.events };
  } finally {
    await ds.destroy();
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const option = (name: string) => {
    const at = rest.indexOf(`--${name}`);
    return at >= 0 ? rest[at + 1] : undefined;
  };
  const config = loadConfig();
  if (command === 'backup') {
    const out = option('out') ?? path.resolve('backups', new Date().toISOString().replace(/[:.]/g, '-'));
    const manifest = await backup(config, out);
    console.log(
      `backed up the ${manifest.dialect} database and ${manifest.files} files to ${out} (${databaseLabel(config)}, files from ${config.filesDir})`,
    );
  } else if (command === 'restore') {
    const from = option('from');
    if (!from) throw new Error('say where the backup is: npm run restore -- --from DIR');
    const { files, events } = await restore(config, from);
    console.log(
      `restored the database and ${files} files; audit chain intact: ${events} events (${databaseLabel(config)}, files in ${config.filesDir})`,
    );
  } else {
    throw new Error('usage: backup [--out DIR] | restore --from DIR');
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
