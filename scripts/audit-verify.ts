// Recomputes the audit chain: npm run audit:verify [-- --checkpoints FILE]. Exit 0 when intact; 1
// naming the first bad event; 2 when it cannot verify (no database, no checkpoint in FILE).
// Uses DATABASE_URL (or the SQLite file) and AUDIT_KEY, as the server does. FILE is a copy of the
// checkpoints file (AUDIT_CHECKPOINT_FILE) or of the process log, kept where the database's
// administrators cannot change it: the chain is then checked to hold every head it signed.
import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { readCheckpoints } from '../server/audit/audit.checkpoints';
import { verifyAuditChain } from '../server/audit/audit.verify';
import { databaseLabel, loadConfig } from '../server/config';
import { openDatabase } from '../server/data-source';

class CannotVerify extends Error {}

async function main() {
  const { values } = parseArgs({ options: { checkpoints: { type: 'string' } } });
  const config = loadConfig();
  // Opening a SQLite file that is not there would make an empty one, and vouch for its 0 events.
  if (!config.databaseUrl && !fs.existsSync(config.sqlitePath)) {
    throw new CannotVerify(
      `no database at ${config.sqlitePath}: set DATABASE_URL (or SQLITE_PATH) as the server has it`,
    );
  }
  const file = values.checkpoints;
  const read = file
    ? readCheckpoints(fs.readFileSync(file, 'utf8'), config.auditKey)
    : { checkpoints: [], forgedLine: null };
  if (file && read.forgedLine) {
    console.error(`${file}: CHECKPOINT FORGED at line ${read.forgedLine}: its signature is not of the audit key`);
    process.exit(1);
  }
  if (file && !read.checkpoints.length)
    throw new CannotVerify(`${file} holds no checkpoint signed with this AUDIT_KEY`);
  const ds = await openDatabase(config);
  const result = await verifyAuditChain(ds, config.auditKey, read.checkpoints);
  await ds.destroy();
  if (result.ok) {
    const waiting = result.unsealed
      ? `; ${result.unsealed} written moments ago wait to be sealed, each with the MAC of its own`
      : '';
    const latest = read.checkpoints.reduce((a, c) => (c.seq > a.seq ? c : a), read.checkpoints[0]);
    const against = latest
      ? `; it holds all ${result.checkpoints} checkpoints (the latest of ${latest.at}, at place ${latest.seq})`
      : '';
    console.log(`${databaseLabel(config)}: audit chain intact: ${result.events} events${waiting}${against}`);
    return;
  }
  console.error(
    `${databaseLabel(config)}: AUDIT CHAIN BROKEN at event ${result.firstBadEventId}: ${result.problem} (${result.events} events verified before it)`,
  );
  process.exit(1);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
});
