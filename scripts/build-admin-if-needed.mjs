// Builds the console (admin/dist) unless it is newer than every source file it is built from.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'admin/dist/index.html';
const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
};
const sources = ['admin/src', 'admin/index.html', 'admin/vite.config.mts', 'server/identifiers', 'server/core/time.ts', 'package-lock.json'];
if (!existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs) {
  // A production build whatever NODE_ENV the caller runs under (the tests run under 'test').
  execSync('npm run build:admin', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
} else {
  console.log('admin/dist is up to date');
}
