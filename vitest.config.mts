import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

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
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A poll waits on the browser or the server; when the machine is loaded (CI runs two files at
    // once, one of them may be the fuzzer) a second, the default, is not enough to be sure.
    expect: { poll: { timeout: 10_000 } },
  },
});
