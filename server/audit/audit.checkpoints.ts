import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { log } from '../operations/log';
import { AuditChainHead, AuditEvent } from './audit-event.entity';

// The chain's head as it was at a moment, signed with the audit key and written outside the
// database: to an append-only file and to the process log, which an operator ships elsewhere. The
// chain proves that no event in it was changed; only a record kept outside the database proves
// that it was not cut short and an older head put back (every backup holds a valid older head).

/** The head of the chain at `at`: its place (seq), its last event and that event's hash. */
export interface Checkpoint {
  seq: number;
  eventId: number;
  hash: string;
  at: string;
  mac: string;
}

/** How often each process writes a checkpoint while the chain grows. */
export const CHECKPOINT_INTERVAL_MS = 60_000;

/** The file the checkpoints are appended to: AUDIT_CHECKPOINT_FILE, else a file of the file storage that backups leave out. */
export const checkpointFileOf = (config: Pick<Config, 'auditCheckpointFile' | 'filesDir'>) =>
  config.auditCheckpointFile ?? path.join(config.filesDir, '.audit-checkpoints.jsonl');

export function checkpointMac(key: string, c: Omit<Checkpoint, 'mac'>): string {
  return createHmac('sha256', key).update(`checkpoint:${c.seq}:${c.eventId}:${c.hash}:${c.at}`).digest('hex');
}

/** The chain's head now, or null while the chain is empty. */
async function headNow(ds: DataSource): Promise<Omit<Checkpoint, 'mac' | 'at'> | null> {
  const head = await ds.getRepository(AuditChainHead).findOneBy({ id: 1 });
  if (!head?.lastEventId) return null;
  const event = await ds
    .getRepository(AuditEvent)
    .findOne({ select: { id: true, seq: true }, where: { id: head.lastEventId } });
  if (event?.seq == null) return null;
  return { seq: event.seq, eventId: head.lastEventId, hash: head.lastHash };
}

/** Appends a checkpoint of the head now to the file and the log; null (nothing written) while the chain is empty. */
export async function writeCheckpoint(
  ds: DataSource,
  config: Pick<Config, 'auditKey' | 'auditCheckpointFile' | 'filesDir'>,
): Promise<Checkpoint | null> {
  const head = await headNow(ds);
  if (!head) return null;
  const unsigned = { ...head, at: new Date().toISOString() };
  const checkpoint: Checkpoint = { ...unsigned, mac: checkpointMac(config.auditKey, unsigned) };
  const file = checkpointFileOf(config);
  await fs.mkdir(path.dirname(file), { recursive: true });
  // One line in one write, appended: lines of several processes never interleave within a line.
  await fs.appendFile(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  log.info({ auditCheckpoint: checkpoint }, 'audit checkpoint');
  return checkpoint;
}

/**
 * Writes a checkpoint at once, then every interval while the chain has grown since this process's
 * last one, and a last one when stopped. A failure is logged and tried again at the next interval.
 */
export function startCheckpoints(
  ds: DataSource,
  config: Config,
  intervalMs = CHECKPOINT_INTERVAL_MS,
): { stop(): Promise<void> } {
  let lastSeq = -1;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        const head = await headNow(ds);
        if (!head || head.seq === lastSeq) return;
        lastSeq = (await writeCheckpoint(ds, config))?.seq ?? lastSeq;
      } catch (error) {
        log.error({ err: error }, 'writing an audit checkpoint failed');
      }
    });
    return running;
  };
  // The chain as this process found it, then as it grows.
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await tick();
    },
  };
}

/** The checkpoints of a file of them, or of a process log that carries them among its other lines. */
export interface CheckpointsRead {
  /** Signed with the key, in the order read. */
  checkpoints: Checkpoint[];
  /** The line (1-based) of the first checkpoint whose signature is not of the key, if any. */
  forgedLine: number | null;
}

const isCheckpoint = (c: unknown): c is Checkpoint => {
  const o = c as Record<string, unknown> | null;
  return (
    !!o &&
    Number.isInteger(o.seq) &&
    Number.isInteger(o.eventId) &&
    typeof o.hash === 'string' &&
    typeof o.at === 'string' &&
    typeof o.mac === 'string'
  );
};

export function readCheckpoints(text: string, key: string): CheckpointsRead {
  const checkpoints: Checkpoint[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(lines[i]);
    } catch {
      continue;
    }
    const candidate = (parsed as { auditCheckpoint?: unknown } | null)?.auditCheckpoint ?? parsed;
    if (!isCheckpoint(candidate)) continue;
    const { mac, ...unsigned } = candidate;
    const expected = Buffer.from(checkpointMac(key, unsigned));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      return { checkpoints, forgedLine: i + 1 };
    checkpoints.push(candidate);
  }
  return { checkpoints, forgedLine: null };
}
