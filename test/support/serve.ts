// A test server in a process of its own, for tests whose environment cannot host one (jsdom):
// prints its URL as JSON on the first line, stops on SIGTERM.
import { startTestApp } from './harness';

startTestApp({ applications: Number(process.env.APPLICATIONS ?? 0) })
  .then((app) => {
    console.log(JSON.stringify({ url: app.server.url }));
    process.on('SIGTERM', () => {
      app.close().then(() => process.exit(0));
    });
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
