import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config';
import { log } from '../operations/log';
import { withoutLinks } from './message-text';
import type { Notification } from './notification.entity';

/** How a message reaches the applicant's phone. send() resolves once it has been handed over, and throws why not. */
export interface NotificationChannel {
  /** What a notification sent by it names as its channel. */
  readonly name: string;
  send(notification: Notification): Promise<void>;
}

/**
 * NOTIFY_CHANNEL=log: one JSON line per message in the log and in a file of the data folder. A log
 * keeps no credential: the phone is masked whole (its last digits and the reference open the
 * progress page) and links are left out (the verification address carries its code).
 */
export class LogChannel implements NotificationChannel {
  readonly name = 'log';

  constructor(private readonly file: string) {}

  async send(n: Notification): Promise<void> {
    const line = {
      id: n.id,
      applicationId: n.applicationId,
      event: n.event,
      to: '*'.repeat(n.recipient.length),
      text: withoutLinks(n.text),
      at: new Date().toISOString(),
    };
    log.info({ notification: line }, 'notification');
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await fs.appendFile(this.file, `${JSON.stringify(line)}\n`);
  }
}

/** The time one hand-over to the gateway may take. */
const GATEWAY_TIMEOUT_MS = 5_000;

/**
 * NOTIFY_CHANNEL=http: POST { id, to, text } to the SMS gateway, with the notification's id as
 * the Idempotency-Key, so a message sent again after a lost answer reaches the phone once.
 */
export class HttpChannel implements NotificationChannel {
  readonly name = 'sms';

  constructor(private readonly url: string) {}

  async send(n: Notification): Promise<void> {
    let status: number;
    try {
      const res = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': String(n.id) },
        body: JSON.stringify({ id: String(n.id), to: n.recipient, text: n.text }),
        redirect: 'manual',
        signal: AbortSignal.timeout(GATEWAY_TIMEOUT_MS),
      });
      status = res.status;
      await res.body?.cancel();
    } catch (e) {
      const why =
        (e as Error).name === 'TimeoutError'
          ? `no answer within ${GATEWAY_TIMEOUT_MS} ms`
          : `network error (${(e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message})`;
      throw new Error(`gateway: ${why}`);
    }
    if (status < 200 || status >= 300) throw new Error(`gateway answered HTTP ${status}`);
  }
}

export function channelOf(config: Pick<Config, 'notifyChannel' | 'notifyUrl' | 'notifyLogFile'>): NotificationChannel {
  if (config.notifyChannel !== 'http') return new LogChannel(config.notifyLogFile);
  // loadConfig refuses NOTIFY_CHANNEL=http without NOTIFY_URL.
  if (!config.notifyUrl) throw new Error('NOTIFY_CHANNEL is http but NOTIFY_URL is not set');
  return new HttpChannel(config.notifyUrl);
}
