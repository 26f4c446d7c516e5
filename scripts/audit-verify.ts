// Recomputes the audit chain: npm run audit:verify. Exit 0 when intact; 1 naming the first bad event.
// Uses DATABASE_URL (or the SQLite file) and AUDIT_KEY, as the server does.
import 'reflect-metadata';
import fs from 'node:fs';
import { databaseLabel, loadConfig } from '../server/config';
import { openDatabase } from '../server/data-source';
import { verifyAuditChain } from '../server/audit/audit.verify';

async function main() {
  const config = loadConfig();
  // Opening a SQLite file that is not there would make an empty one, and vouch for its 0 events.
  if (!config.databaseUrl && !fs.existsSync(config.sqlitePath)) {
    throw new Error(`no database at ${config.sqlitePath}: set DATABASE_URL (or SQLITE_PATH) as the server has it`);
  }
  const ds = await openDatabase(config);
  const result = await verifyAuditChain(ds, config.auditKey);
  await ds.destroy();
  if (result.ok) {
    const waiting = result.unsealed ? `; ${result.unsealed} written moments ago wait to be sealed, each with the MAC of its own` : '';
    console.log(`${databaseLabel(config)}: audit chain intact: ${result.events} events${waiting}`);
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
