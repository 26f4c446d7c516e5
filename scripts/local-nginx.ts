import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Debian's nginx with the site of deploy/nginx.conf in front of server processes on this machine,
// run from a directory of its own (no /etc, no /var): for the deployment test and bench:load, both
// run from the repository's root.

export interface LocalNginx {
  /** http://127.0.0.1:port, the proxy's address. */
  url: string;
  stop: () => void;
}

/**
 * Starts nginx in `dir` on `port`, spreading requests over the server processes on `upstreamPorts`
 * as deploy/nginx.conf does, with `extra` added to its server block; resolves once a request
 * reaches a ready process through it.
 */
export async function startLocalNginx(
  dir: string,
  port: number,
  upstreamPorts: readonly number[],
  extra = '',
): Promise<LocalNginx> {
  const site = fs.readFileSync('deploy/nginx.conf', 'utf8');
  const upstream = /^(\s*)server 127\.0\.0\.1:4001( [^;]*);\n\s*server 127\.0\.0\.1:4002[^;]*;\n/m;
  if (!upstream.test(site)) throw new Error('deploy/nginx.conf no longer lists the two processes this helper replaces');
  fs.writeFileSync(
    path.join(dir, 'site.conf'),
    site
      .replace(upstream, (_, indent: string, options: string) =>
        upstreamPorts.map((p) => `${indent}server 127.0.0.1:${p}${options};\n`).join(''),
      )
      .replace('/var/cache/nginx/record-check', path.join(dir, 'cache'))
      .replace('listen 80;', `listen 127.0.0.1:${port};${extra ? `\n    ${extra}` : ''}`),
  );
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `user root;\nworker_processes 1;\npid ${path.join(dir, 'nginx.pid')};\nerror_log ${path.join(dir, 'error.log')} warn;\n` +
      `events { worker_connections 1024; }\nhttp {\n  access_log off;\n  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}\n  include ${path.join(dir, 'site.conf')};\n}\n`,
  );
  execFileSync('nginx', ['-t', '-q', '-c', conf], { stdio: 'pipe' });
  const nginx = spawn('nginx', ['-c', conf, '-g', 'daemon off;'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; (await fetch(`${url}/api/ready`).catch(() => null))?.status !== 200; i++) {
    if (i === 100) {
      nginx.kill('SIGQUIT');
      throw new Error(`nginx on ${port} did not reach a ready server process in 10 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop: () => nginx.kill('SIGQUIT') };
}
