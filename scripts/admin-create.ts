// The first administrator of a database (or another one): the way to start in production, where
// no demo accounts exist.
//   npm run admin:create -- --username NAME --display-name "…" [--office CODE] [--office-name "…"]
// The password is read from standard input (asked twice, unechoed, on a terminal) or ADMIN_PASSWORD.
// Opens the database the server would (DATABASE_URL or the SQLite file) and runs its migrations.
// On a database without offices it creates the top-level bureau: --office gives its code and
// --office-name its name (default HQ, 公安局; both can be changed in the console afterwards).
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { databaseLabel, loadConfig } from '../server/config';
import { requestContext } from '../server/core/context';
import { openDatabase } from '../server/data-source';
import { withTransaction } from '../server/db/transaction';
import { createAdministrator } from '../server/officers/first-admin';

/** The option a refused field of the request came from. */
const OPTION_OF: Record<string, string> = {
  'input.username': '--username',
  'input.displayName': '--display-name',
  'input.password': 'password',
  'input.officeCode': '--office',
  'input.code': '--office',
  'input.officeName': '--office-name',
  'input.name': '--office-name',
};

function readOptions() {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      'display-name': { type: 'string' },
      office: { type: 'string' },
      'office-name': { type: 'string' },
    },
  });
  if (!values.username || !values['display-name']) throw new Error('--username and --display-name are required');
  return {
    username: values.username,
    displayName: values['display-name'],
    officeCode: values.office ?? null,
    officeName: values['office-name'] ?? null,
  };
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) {
    // The first line of what is piped in.
    for await (const line of createInterface({ input: process.stdin })) return line;
    throw new Error('no password on standard input (or set ADMIN_PASSWORD)');
  }
  const ask = async (prompt: string) => {
    process.stdout.write(prompt);
    // A terminal reader writing to nowhere: what is typed is not echoed.
    const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
    const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
    const answer = await rl.question('');
    rl.close();
    process.stdout.write('\n');
    return answer;
  };
  const password = await ask('Password: ');
  if ((await ask('Again: ')) !== password) throw new Error('the two passwords differ');
  return password;
}

async function main() {
  const options = readOptions();
  const password = await readPassword();
  const config = loadConfig();
  const ds = await openDatabase(config);
  try {
    const ctx = requestContext({ ds, config });
    const { officer, office, officeCreated } = await withTransaction(ctx, () =>
      createAdministrator(ctx, { ...options, password }),
    );
    if (officeCreated)
      console.log(
        `Created the top-level office ${office.code} ${office.name}; give it its code, name and jurisdiction in the console.`,
      );
    console.log(
      `Created administrator ${officer.username} (${officer.displayName}) at ${office.code} ${office.name}, in ${databaseLabel(config)}.`,
    );
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  if (e instanceof GraphQLError) {
    const field = String(e.extensions.field ?? '');
    console.error(field ? `${OPTION_OF[field] ?? field}: ${e.message.slice(field.length + 2)}` : e.message);
  } else {
    console.error(e instanceof Error ? e.message : e);
  }
  process.exit(1);
});
