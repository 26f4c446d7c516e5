// Builds the console (admin/dist) unless it is newer than every source file it is built from.
// Test files that run at once each ask for it: one builds while the others wait, then find it
// up to date (two builds at once emptied each other's admin/dist).
import { execSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

const built = 'admin/dist/index.html';
const lock = 'admin/.build.lock';
/** A lock older than this was left by a build that died: a build takes seconds. */
const STALE_MS = 10 * 60_000;

const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
};
const sources = [
  'admin/src',
  'admin/index.html',
  'admin/vite.config.mts',
  'server/identifiers',
  'server/core/time.ts',
  'package-lock.json',
];

const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
for (;;) {
  try {
    closeSync(openSync(lock, 'wx'));
    break;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    try {
      if (Date.now() - statSync(lock).mtimeMs > STALE_MS) unlinkSync(lock);
    } catch {
      // Released (or taken away) meanwhile: try again.
    }
    pause(200);
  }
}
try {
  if (!existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs) {
    // A production build whatever NODE_ENV the caller runs under (the tests run under 'test').
    execSync('npm run build:admin', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  } else {
    console.log('admin/dist is up to date');
  }
} finally {
  unlinkSync(lock);
}
