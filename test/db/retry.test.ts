import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, startTestApp, type TestApp } from '../support/harness';

// A mutation the database rolls back for another that met it (a deadlock on MariaDB; Galera reports
// a failed certification the same way) runs again whole, and is answered as if it had met nothing.
// SQLite runs one transaction at a time and has no such rollback: MariaDB only (TEST_DATABASE_URL).

const mariadb = !!process.env.TEST_DATABASE_URL;

describe.skipIf(!mariadb)('a mutation rolled back in a deadlock (MariaDB only: TEST_DATABASE_URL)', () => {
  let app: TestApp;
  let supervisor: Client;
  beforeAll(async () => {
    app = await startTestApp({ applications: 60 });
    supervisor = await app.as('heping.supervisor');
  });
  afterAll(() => app?.close());

  it('runs again whole and assigns both cases once, where it answered an internal error', async () => {
    const { applications } = await supervisor.data<{ applications: { items: { id: string }[] } }>(
      '{ applications(filter: { status: [SUBMITTED], unassigned: true }, perPage: 2) { items { id } } }',
    );
    const [x, y] = applications.items.map((a) => Number(a.id));
    expect(y).toBeDefined();
    const officer = await app.as('heping.officer');
    const { me } = await officer.data<{ me: { id: string } }>('{ me { id } }');

    // Another transaction, heavier (so InnoDB rolls the mutation back in the deadlock), holds X.
    const other = app.ds.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    try {
      // Heavier: it changed 30 rows (of papers, which an assignment does not touch).
      expect((await other.query("UPDATE document SET note = 'retry test' ORDER BY id LIMIT 30")).affectedRows).toBe(30);
      await other.query('SELECT id FROM application WHERE id = ? FOR UPDATE', [x]);
      // The mutation takes Y, then waits for X.
      const assigned = supervisor.gql<{ assignApplications: { id: string }[] }>(
        'mutation($ids: [ID!]!, $o: ID!) { assignApplications(ids: $ids, officerId: $o) { id } }',
        { ids: [String(y), String(x)], o: me.id },
      );
      // Waiting for X with Y changed (the statement names X's row; the transaction has changed one row).
      const waiting = async () =>
        (
          (await app.ds.query(
            "SELECT trx_query AS query, trx_rows_modified AS changed FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'",
          )) as { query: string | null; changed: number | string }[]
        ).some((t) => t.query?.includes(`WHERE \`id\` = ${x} `) && Number(t.changed) > 0);
      for (let tries = 0; tries < 40 && !(await waiting()); tries++) await new Promise((r) => setTimeout(r, 250));
      expect(await waiting()).toBe(true);
      // The other transaction now wants Y: a deadlock, and the mutation is the lighter one.
      await other.query('UPDATE application SET updatedAt = NOW(3) WHERE id = ?', [y]);
      await other.commitTransaction();
      const answer = await assigned;
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.assignApplications.map((a) => Number(a.id))).toEqual([y, x]);
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
    // Each case assigned once: nothing of the rolled-back attempt was kept.
    for (const id of [x, y]) {
      const { application } = await supervisor.data<{
        application: { assignee: { id: string } | null; history: { action: string }[] };
      }>('query($id: ID!) { application(id: $id) { assignee { id } history { action } } }', { id: String(id) });
      expect(application.assignee?.id).toBe(me.id);
      expect(application.history.filter((e) => e.action === 'ASSIGN')).toHaveLength(1);
    }
  });
});
