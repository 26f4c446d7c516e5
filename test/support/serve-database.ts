// A server process on a database another test set up (DATABASE_URL, AUDIT_KEY, FILES_DIR from the
// environment): prints its URL as JSON on the first line, stops on SIGTERM.
import 'reflect-metadata';
import { startServer } from '../../server/app';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/data-source';

async function main() {
  const config = { ...loadConfig(), seedDemo: false };
  const ds = await openDatabase(config);
  const server = await startServer(ds, config, 0);
  console.log(JSON.stringify({ url: server.url }));
  process.on('SIGTERM', () => {
    server
      .stop()
      .then(() => ds.destroy())
      .then(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
