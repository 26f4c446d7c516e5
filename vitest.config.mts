import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const require = createRequire(import.meta.url);

/** The files that run for minutes, slowest first: the fuzzer, the browser's, then the audit chain's and the limits'. */
const SLOW = [/\/fuzz\.test\.ts$/, /browser\.test\.ts$/, /\/audit\.test\.ts$/, /\/security\.test\.ts$/];

/**
 * Starts the slowest files first, so that no worker is left alone with a long file at the end of a
 * run. Vitest orders files by their last duration when its cache has them, and otherwise by size,
 * which on a fresh checkout puts the fuzzer (a small file that runs for minutes) last.
 */
class SlowestFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const i = SLOW.findIndex((re) => re.test(file.moduleId));
      return i === -1 ? SLOW.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  plugins: [react()],
  resolve: {
    // One graphql for everyone: Vite would pick graphql's ESM build for our files while the
    // server's libraries load its CommonJS build, and GraphQL's instanceof checks then fail.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Each file starts its own server on its own throwaway database; two at a time suits 2 cores.
    pool: 'forks',
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirst },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A poll waits on the browser or the server; when the machine is loaded (CI runs two files at
    // once, one of them may be the fuzzer) a second, the default, is not enough to be sure.
    expect: { poll: { timeout: 10_000 } },
  },
});
