import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** Starts test/support/serve.ts in a child process; resolves with its URL and a stop function. */
export function startServerProcess(applications = 0): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/serve.ts'], {
    env: { ...process.env, APPLICATIONS: String(applications) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`test server exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', (line) => {
      const { url } = JSON.parse(line);
      resolve({
        url,
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
