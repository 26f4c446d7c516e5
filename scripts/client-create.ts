// Registers a machine client of the online hall API (/api/hall/v1) and prints, as its last line,
// {"clientId": "...", "clientSecret": "..."}: the secret is shown this once (only its hash is kept).
//   npm run client:create -- --name "辽宁政务服务网" --scopes intake,payments,status [--callback-url URL]
// Opens the database the server would (DATABASE_URL or the SQLite file) and runs its migrations.
// Administrators list, disable and rotate clients in the console afterwards.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { createClient } from '../server/clients/client.service';
import { databaseLabel, loadConfig } from '../server/config';
import { requestContext } from '../server/core/context';
import { openDatabase } from '../server/data-source';
import { transactionOf, withTransaction } from '../server/db/transaction';

async function main() {
  const { values } = parseArgs({
    options: { name: { type: 'string' }, scopes: { type: 'string' }, 'callback-url': { type: 'string' } },
  });
  const { name, scopes } = values;
  if (!name || !scopes)
    throw new Error('--name and --scopes (a comma-separated list of intake, payments, status) are required');
  const config = loadConfig();
  const ds = await openDatabase(config);
  try {
    const ctx = requestContext({ ds, config });
    const { client, clientSecret } = await withTransaction(ctx, () =>
      createClient(ctx, transactionOf(ctx), {
        name,
        scopes: scopes.split(',').map((s) => s.trim()),
        callbackUrl: values['callback-url'] ?? null,
      }),
    );
    console.log(
      `Registered ${client.name} (${client.scopes.join(', ')}) in ${databaseLabel(config)}; keep the secret: it is not shown again.`,
    );
    console.log(JSON.stringify({ clientId: client.clientId, clientSecret }));
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  if (e instanceof GraphQLError) {
    const field = String(e.extensions.field ?? '');
    console.error(
      field ? `--${field === 'callbackUrl' ? 'callback-url' : field}: ${e.message.slice(field.length + 2)}` : e.message,
    );
  } else {
    console.error(e instanceof Error ? e.message : e);
  }
  process.exit(1);
});
