import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThrowawayDatabase } from '../scripts/throwaway-database';
import { openDatabase } from '../server/data-source';
import { FileStore } from '../server/documents/file-store';
import { startTestApp, type TestApp } from './support/harness';
import { present } from './support/narrow';
import { readyCase } from './support/workflow';

// npm run backup and npm run restore, as an operator runs them: the database and the files taken
// together from a running server, put back into a new database and file storage, and verified.
const run = promisify(execFile);
let app: TestApp;
let dir: string;
let target: { url: string; drop: () => Promise<void> } | null = null;

beforeAll(async () => {
  app = await startTestApp({ applications: 30 });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rcc-backup-'));
  // A case with papers: files in the storage, rows naming them, events in the audit chain.
  await readyCase(await app.as('heping.officer'));
});
afterAll(async () => {
  await app?.close();
  await target?.drop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const npm = (script: string, args: string[], env: Record<string, string>) =>
  run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/backup.ts', script, ...args], {
    env: { ...process.env, ...env },
  });

const envOf = (databaseUrl: string | null, sqlitePath: string, filesDir: string): Record<string, string> => ({
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATABASE_URL: '', SQLITE_PATH: sqlitePath }),
  FILES_DIR: filesDir,
  AUDIT_KEY: app.config.auditKey,
});

describe('backup and restore', () => {
  it('restores a running server’s database and files into new ones, with the audit chain intact', async () => {
    const out = path.join(dir, 'backup');
    const source = envOf(app.config.databaseUrl, app.config.sqlitePath, app.config.filesDir);
    const taken = await npm('backup', ['--out', out], source);
    expect(taken.stdout).toMatch(/backed up the (mysql|sqlite) database and \d+ files/);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.files).toBeGreaterThan(0);
    // Personal data: the folder and every file in it are the owner's alone.
    expect(fs.statSync(out).mode & 0o777).toBe(0o700);
    for (const file of ['manifest.json', manifest.database])
      expect(fs.statSync(path.join(out, file)).mode & 0o777, file).toBe(0o600);
    // The scans too, and the folders they are in.
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory() ? [path.join(dir, e.name), ...walk(path.join(dir, e.name))] : [path.join(dir, e.name)],
        );
    const copied = walk(path.join(out, 'files'));
    expect(copied.length).toBeGreaterThan(manifest.files);
    for (const file of copied)
      expect(fs.statSync(file).mode & 0o777, file).toBe(fs.statSync(file).isDirectory() ? 0o700 : 0o600);

    if (app.dialect === 'mysql')
      target = await createThrowawayDatabase(
        present(process.env.TEST_DATABASE_URL, 'TEST_DATABASE_URL'),
        'rcc_restore',
      );
    const restored = {
      databaseUrl: target?.url ?? null,
      sqlitePath: path.join(dir, 'restored', 'restored.sqlite'),
      filesDir: path.join(dir, 'restored', 'files'),
    };
    const env = envOf(restored.databaseUrl, restored.sqlitePath, restored.filesDir);
    const put = await npm('restore', ['--from', out], env);
    expect(put.stdout).toMatch(/restored the database and \d+ files; audit chain intact: \d+ events/);

    const ds = await openDatabase({ ...app.config, ...restored });
    try {
      for (const table of ['application', 'document', 'audit_event', 'officer', 'case_count']) {
        const [[before], [after]] = await Promise.all([
          app.ds.query(`SELECT COUNT(*) AS n FROM ${table}`),
          ds.query(`SELECT COUNT(*) AS n FROM ${table}`),
        ]);
        expect(Number(after.n), table).toBe(Number(before.n));
      }
      // Every paper a row names is in the restored storage.
      const store = new FileStore(restored.filesDir);
      const documents: { sha256: string }[] = await ds.query('SELECT sha256 FROM document');
      expect(documents.length).toBeGreaterThan(0);
      for (const d of documents) expect(fs.existsSync(store.pathOf(d.sha256)), d.sha256).toBe(true);
    } finally {
      await ds.destroy();
    }

    // A restore never writes over a database or a file storage that holds data.
    await expect(npm('restore', ['--from', out], env)).rejects.toThrow(/file storage .* is not empty/);
    const emptyFiles = { ...env, FILES_DIR: path.join(dir, 'restored', 'files-again') };
    await expect(npm('restore', ['--from', out], emptyFiles)).rejects.toThrow(
      /database .* is not empty|exists: restore into a new file/,
    );
  }, 120_000);

  it('leaves nothing behind when a backup fails, and never shows the database password', async () => {
    const out = path.join(dir, 'failed');
    const broken =
      app.dialect === 'mysql'
        ? envOf('mysql://root:S3cret-pw-here@127.0.0.1:1/nowhere', '', app.config.filesDir)
        : envOf(null, path.join(dir, 'no-such.sqlite'), app.config.filesDir);
    const failed = await npm('backup', ['--out', out], broken).then(
      () => null,
      (e: { stderr: string }) => e,
    );
    expect(failed).not.toBeNull();
    expect(present(failed, 'the failure').stderr).not.toContain('S3cret-pw-here');
    expect(fs.existsSync(out)).toBe(false);
  }, 120_000);
});
