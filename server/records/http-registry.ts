import { setTimeout as sleep } from 'node:timers/promises';
import { isIsoDate } from '../graphql/scalars';
import { type RecordRegistry, type RegistryRecord, type RegistrySubject, RegistryUnavailable } from './registry';

export interface HttpRegistryOptions {
  /** Where lookups are POSTed. */
  url: string;
  /** Written on each check; the URL's host by default. */
  name?: string;
  /** Per attempt, answer included. */
  timeoutMs?: number;
  /** Further attempts after a 5xx, a network error or a timeout. */
  retries?: number;
  /** The wait before the first retry, doubled before each next one. */
  backoffMs?: number;
  /** Consecutive lookups failed by an outage (timeouts, network errors, 5xx after the retries) that open the circuit breaker. */
  breakerThreshold?: number;
  /** How long an open breaker fails lookups without asking the registry. */
  breakerCooldownMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
}

const MAX_ANSWER_BYTES = 1024 * 1024;
const MAX_MATCHES = 200;

/** An attempt that failed in a way another attempt may not (5xx, network error, timeout); its message is the reason. */
class TransientFailure extends Error {}

/**
 * A lookup the registry did not answer, after the retries (timeouts, network errors, 5xx): only
 * these count towards opening the breaker. A refusal (4xx) or a malformed answer shows the
 * registry up, and fails that lookup alone.
 */
class RegistryOutage extends RegistryUnavailable {}

/** The registry's lookup over HTTP (JSON), with retries, a timeout per attempt and a circuit breaker. */
export class HttpRegistry implements RecordRegistry {
  readonly name: string;
  private readonly url: string;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private readonly breakerThreshold: number;
  private readonly breakerCooldownMs: number;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;

  private consecutiveFailures = 0;
  /** When the open breaker lets a trial lookup through; null while it is closed. */
  private openUntil: number | null = null;
  /** A half-open breaker lets one lookup through at a time; the others still fail fast. */
  private trialInFlight = false;

  constructor(options: HttpRegistryOptions) {
    this.url = options.url;
    this.name = options.name ?? new URL(options.url).host;
    this.timeoutMs = options.timeoutMs ?? 5000;
    this.retries = options.retries ?? 2;
    this.backoffMs = options.backoffMs ?? 200;
    this.breakerThreshold = options.breakerThreshold ?? 5;
    this.breakerCooldownMs = options.breakerCooldownMs ?? 30_000;
    // Resolved per call so that the global fetch is used as it is when the lookup runs.
    this.fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.now = options.now ?? Date.now;
  }

  async lookup(subject: RegistrySubject): Promise<RegistryRecord[]> {
    const trial = this.admitLookup();
    try {
      const records = parseAnswer(await this.fetchAnswerWithRetries(subject));
      this.registryAnswered();
      return records;
    } catch (error) {
      if (!(error instanceof RegistryOutage)) this.registryAnswered();
      else {
        this.consecutiveFailures += 1;
        if (trial || this.consecutiveFailures >= this.breakerThreshold)
          this.openUntil = this.now() + this.breakerCooldownMs;
      }
      throw error;
    } finally {
      if (trial) this.trialInFlight = false;
    }
  }

  /** The registry answered (whatever it said): the breaker closes, and the outages are counted afresh. */
  private registryAnswered(): void {
    this.consecutiveFailures = 0;
    this.openUntil = null;
  }

  /** Fails fast while the breaker is open; returns whether this lookup is the half-open trial. */
  private admitLookup(): boolean {
    if (this.openUntil === null) return false;
    if (this.now() >= this.openUntil && !this.trialInFlight) {
      this.trialInFlight = true;
      return true;
    }
    const retryAt = new Date(this.openUntil).toISOString();
    throw new RegistryUnavailable(
      `registry unavailable: circuit open after ${this.consecutiveFailures} failures, retrying after ${retryAt}`,
    );
  }

  private async fetchAnswerWithRetries(subject: RegistrySubject): Promise<Uint8Array> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.fetchAnswer(subject);
      } catch (error) {
        if (!(error instanceof TransientFailure)) throw error;
        if (attempt >= this.retries) throw new RegistryOutage(`registry unavailable: ${error.message}`);
        await sleep(this.backoffMs * 2 ** attempt);
      }
    }
  }

  /** One attempt: the answer's body, or TransientFailure, or RegistryUnavailable when retrying cannot help. */
  private async fetchAnswer(subject: RegistrySubject): Promise<Uint8Array> {
    const { idType, idNumber, name, birthDate } = subject;
    try {
      const response = await this.fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ idType, idNumber, name, birthDate }),
        // A redirect would send the subject's identity elsewhere (and turn the POST into a GET): refuse it as any other non-2xx.
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (!response.ok) {
        // Free the connection; what an error page says is not needed.
        await response.body?.cancel().catch(() => undefined);
        if (response.status >= 500) throw new TransientFailure(`registry answered HTTP ${response.status}`);
        throw new RegistryUnavailable(`registry refused the lookup: HTTP ${response.status}`);
      }
      return await readLimitedBody(response);
    } catch (error) {
      if (error instanceof TransientFailure || error instanceof RegistryUnavailable) throw error;
      throw new TransientFailure(transportFailureReason(error, this.timeoutMs));
    }
  }
}

/** The body, read as it comes so that an oversized answer is refused without holding it all. */
async function readLimitedBody(response: Response): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      if (size > MAX_ANSWER_BYTES) throw new RegistryUnavailable('registry answer is larger than 1 MB');
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks);
}

function transportFailureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `registry did not answer within ${timeoutMs} ms`;
  // Node's fetch says "fetch failed" and keeps the socket's error (ECONNREFUSED, ECONNRESET…) as the cause.
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause instanceof Error && 'code' in cause ? String(cause.code) : undefined;
  const detail =
    code ?? (cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error));
  return `network error (${detail})`;
}

function parseAnswer(body: Uint8Array): RegistryRecord[] {
  let answer: unknown;
  try {
    answer = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw new RegistryUnavailable('registry answered malformed JSON');
  }
  if (!isObject(answer) || !Array.isArray(answer.matches)) throw invalid('matches is not an array');
  if (answer.matches.length > MAX_MATCHES) throw invalid(`more than ${MAX_MATCHES} matches`);
  return answer.matches.map((match, index) => parseMatch(match, `matches[${index}]`));
}

// Only the known fields are copied: whatever else the registry sends goes no further.
function parseMatch(match: unknown, path: string): RegistryRecord {
  if (!isObject(match)) throw invalid(`${path} is not an object`);
  const field = new FieldReader(match, path);
  return {
    recordRef: field.text('recordRef', 64),
    idNumber: field.nullableText('idNumber', 64),
    name: field.text('name', 100),
    birthDate: field.date('birthDate'),
    offence: field.text('offence', 500),
    judgmentDate: field.date('judgmentDate'),
    sentence: field.nullableText('sentence', 200),
    sealedJuvenile: field.boolean('sealedJuvenile'),
  };
}

/** Reads one match's fields; errors name the field's path, never its value (the values are personal data). */
class FieldReader {
  constructor(
    private readonly match: Record<string, unknown>,
    private readonly path: string,
  ) {}

  text(key: string, maxLength: number): string {
    const value = this.match[key];
    if (typeof value !== 'string') throw invalid(`${this.path}.${key} is not a string`);
    if (value.length === 0) throw invalid(`${this.path}.${key} is empty`);
    if (value.length > maxLength) throw invalid(`${this.path}.${key} is longer than ${maxLength} characters`);
    return value;
  }

  nullableText(key: string, maxLength: number): string | null {
    return this.match[key] === null ? null : this.text(key, maxLength);
  }

  date(key: string): string | null {
    const value = this.match[key];
    if (value === null) return null;
    // A real date: a check's matches are read back through the Date scalar, which refuses any other.
    if (typeof value !== 'string' || !isIsoDate(value))
      throw invalid(`${this.path}.${key} is not a real date written YYYY-MM-DD, nor null`);
    return value;
  }

  boolean(key: string): boolean {
    const value = this.match[key];
    if (typeof value !== 'boolean') throw invalid(`${this.path}.${key} is not a boolean`);
    return value;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(problem: string): RegistryUnavailable {
  return new RegistryUnavailable(`registry answer: ${problem}`);
}
