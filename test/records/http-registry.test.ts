import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IdType } from '../../server/core/enums';
import { HttpRegistry, type HttpRegistryOptions } from '../../server/records/http-registry';
import { type RegistryRecord, type RegistrySubject, RegistryUnavailable } from '../../server/records/registry';

const subject: RegistrySubject = {
  idType: IdType.RESIDENT_ID_CARD,
  idNumber: '11010519491231002X',
  name: '张三',
  birthDate: '1949-12-31',
};

const record: RegistryRecord = {
  recordRef: 'R-2019-000123',
  idNumber: '11010519491231002X',
  name: '张三',
  birthDate: '1949-12-31',
  offence: '盗窃罪',
  judgmentDate: '2019-05-20',
  sentence: '有期徒刑一年',
  sealedJuvenile: false,
};

interface ReceivedRequest {
  method: string | undefined;
  contentType: string | undefined;
  accept: string | undefined;
  body: unknown;
}

// The registry's behaviour for the current test; `call` counts from 1 across the test's requests.
type Behaviour = (response: ServerResponse, call: number) => void;

const answerJson =
  (payload: unknown): Behaviour =>
  (response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(payload));
  };
const answerStatus =
  (status: number): Behaviour =>
  (response) => {
    response.writeHead(status, { 'content-type': 'text/plain' });
    response.end('no');
  };
const hang: Behaviour = () => undefined;

let server: Server;
let url: string;
let behaviour: Behaviour;
let received: ReceivedRequest[];

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method,
        contentType: request.headers['content-type'],
        accept: request.headers.accept,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      behaviour(response, received.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lookup`;
});

afterAll(async () => {
  // The hanging test leaves requests without an answer: close their sockets too.
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received = [];
  behaviour = answerJson({ matches: [] });
});

const registryWith = (options: Partial<HttpRegistryOptions> = {}) =>
  new HttpRegistry({ url, backoffMs: 10, ...options });

// The lookup's RegistryUnavailable message, which must never carry the subject's identity number.
async function failureOf(lookup: Promise<unknown>): Promise<string> {
  const error = await lookup.then(
    () => expect.unreachable('the lookup should have failed'),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(RegistryUnavailable);
  const { message } = error as RegistryUnavailable;
  expect(message).not.toContain(subject.idNumber);
  return message;
}

describe('HttpRegistry', () => {
  it('is named after the host unless named', () => {
    expect(new HttpRegistry({ url: 'https://registry.example:8080/api/lookup' }).name).toBe('registry.example:8080');
    expect(new HttpRegistry({ url: 'https://registry.example/api/lookup', name: 'provincial' }).name).toBe(
      'provincial',
    );
    expect(received).toHaveLength(0);
  });

  it('posts the subject as JSON and returns the matches', async () => {
    const juvenile = {
      ...record,
      recordRef: 'R-2001-000007',
      idNumber: null,
      birthDate: null,
      judgmentDate: null,
      sentence: null,
      sealedJuvenile: true,
    };
    behaviour = answerJson({ matches: [record, juvenile] });

    expect(await registryWith().lookup(subject)).toEqual([record, juvenile]);

    expect(received).toEqual([
      {
        method: 'POST',
        contentType: 'application/json',
        accept: 'application/json',
        body: { idType: 'RESIDENT_ID_CARD', idNumber: '11010519491231002X', name: '张三', birthDate: '1949-12-31' },
      },
    ]);
  });

  it('passes only the known fields on', async () => {
    behaviour = answerJson({ matches: [{ ...record, internalNote: 'not for the console' }] });

    expect(await registryWith().lookup({ ...subject, birthDate: null })).toEqual([record]);

    expect(received).toHaveLength(1);
    expect(received[0].body).toEqual({
      idType: 'RESIDENT_ID_CARD',
      idNumber: '11010519491231002X',
      name: '张三',
      birthDate: null,
    });
  });

  it('retries after a 5xx and gives up after the last retry', async () => {
    behaviour = answerStatus(500);

    expect(await failureOf(registryWith({ retries: 2 }).lookup(subject))).toBe(
      'registry unavailable: registry answered HTTP 500',
    );

    expect(received).toHaveLength(3);
  });

  it('succeeds when a retry does', async () => {
    behaviour = (response, call) => (call <= 2 ? answerStatus(500) : answerJson({ matches: [record] }))(response, call);

    expect(await registryWith({ retries: 2 }).lookup(subject)).toEqual([record]);

    expect(received).toHaveLength(3);
  });

  it('times out each attempt, retries, then fails', async () => {
    behaviour = hang;

    expect(await failureOf(registryWith({ timeoutMs: 200, retries: 1 }).lookup(subject))).toBe(
      'registry unavailable: registry did not answer within 200 ms',
    );

    expect(received).toHaveLength(2);
  });

  it('fails on a network error after retrying', async () => {
    // A port that was just free: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const message = await failureOf(
      registryWith({ url: `http://127.0.0.1:${port}/lookup`, retries: 1 }).lookup(subject),
    );

    expect(message).toBe('registry unavailable: network error (ECONNREFUSED)');
    expect(received).toHaveLength(0);
  });

  it('does not retry a 4xx', async () => {
    behaviour = answerStatus(400);

    expect(await failureOf(registryWith({ retries: 2 }).lookup(subject))).toBe('registry refused the lookup: HTTP 400');

    expect(received).toHaveLength(1);
  });

  it('does not retry malformed JSON', async () => {
    behaviour = (response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"matches": [');
    };

    expect(await failureOf(registryWith({ retries: 2 }).lookup(subject))).toBe('registry answered malformed JSON');

    expect(received).toHaveLength(1);
  });

  it('refuses a field of the wrong type, naming the field only', async () => {
    behaviour = answerJson({ matches: [record, record, { ...record, offence: 42 }] });

    expect(await failureOf(registryWith().lookup(subject))).toBe('registry answer: matches[2].offence is not a string');

    expect(received).toHaveLength(1);
  });

  it.each([
    ['no matches array', { results: [] }, 'registry answer: matches is not an array'],
    ['a match that is not an object', { matches: [null] }, 'registry answer: matches[0] is not an object'],
    [
      'a missing field',
      { matches: [{ ...record, sealedJuvenile: undefined }] },
      'registry answer: matches[0].sealedJuvenile is not a boolean',
    ],
    [
      'a too long reference',
      { matches: [{ ...record, recordRef: 'R'.repeat(65) }] },
      'registry answer: matches[0].recordRef is longer than 64 characters',
    ],
    [
      'a date in another format',
      { matches: [{ ...record, judgmentDate: '20/05/2019' }] },
      'registry answer: matches[0].judgmentDate is not a real date written YYYY-MM-DD, nor null',
    ],
    [
      'an impossible date',
      { matches: [{ ...record, judgmentDate: '2020-99-99' }] },
      'registry answer: matches[0].judgmentDate is not a real date written YYYY-MM-DD, nor null',
    ],
    [
      'a day its month does not have',
      { matches: [{ ...record, birthDate: '2021-02-29' }] },
      'registry answer: matches[0].birthDate is not a real date written YYYY-MM-DD, nor null',
    ],
    [
      'too many matches',
      { matches: Array.from({ length: 201 }, () => record) },
      'registry answer: more than 200 matches',
    ],
  ])('refuses an answer with %s', async (_case, answer, expected) => {
    behaviour = answerJson(answer);

    expect(await failureOf(registryWith().lookup(subject))).toBe(expected);

    expect(received).toHaveLength(1);
  });

  it('refuses an answer larger than 1 MB', async () => {
    behaviour = answerJson({ matches: [], padding: 'x'.repeat(1024 * 1024) });

    expect(await failureOf(registryWith().lookup(subject))).toBe('registry answer is larger than 1 MB');

    expect(received).toHaveLength(1);
  });

  describe('circuit breaker', () => {
    const start = Date.parse('2030-01-01T08:00:00.000Z');
    let now: number;
    beforeEach(() => {
      now = start;
    });
    const breakerRegistry = () =>
      registryWith({ retries: 1, breakerThreshold: 2, breakerCooldownMs: 30_000, now: () => now });
    const openMessage = 'registry unavailable: circuit open after 2 failures, retrying after 2030-01-01T08:00:30.000Z';

    it('opens after the threshold, fails fast, and closes after a successful trial', async () => {
      const registry = breakerRegistry();
      behaviour = answerStatus(503);
      await failureOf(registry.lookup(subject));
      await failureOf(registry.lookup(subject));
      // Two lookups of two attempts each.
      expect(received).toHaveLength(4);

      expect(await failureOf(registry.lookup(subject))).toBe(openMessage);
      now = start + 29_999;
      expect(await failureOf(registry.lookup(subject))).toBe(openMessage);
      expect(received).toHaveLength(4);

      now = start + 30_000;
      behaviour = answerJson({ matches: [record] });
      expect(await registry.lookup(subject)).toEqual([record]);
      expect(received).toHaveLength(5);

      // Closed again: the next lookup goes to the registry too.
      expect(await registry.lookup(subject)).toEqual([record]);
      expect(received).toHaveLength(6);
    });

    it('opens again for another cooldown when the trial fails', async () => {
      const registry = breakerRegistry();
      behaviour = answerStatus(503);
      await failureOf(registry.lookup(subject));
      await failureOf(registry.lookup(subject));

      now = start + 30_000;
      expect(await failureOf(registry.lookup(subject))).toBe('registry unavailable: registry answered HTTP 503');
      expect(received).toHaveLength(6);

      expect(await failureOf(registry.lookup(subject))).toBe(
        'registry unavailable: circuit open after 3 failures, retrying after 2030-01-01T08:01:00.000Z',
      );
      expect(received).toHaveLength(6);
    });

    it('is opened by outages only: refused and malformed answers fail their own lookup, and show the registry up', async () => {
      const registry = breakerRegistry();
      const malformed: Behaviour = (response) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{"matches": [');
      };
      for (const answer of [
        answerStatus(400),
        malformed,
        answerJson({ matches: [{ ...record, judgmentDate: '2020-99-99' }] }),
        answerStatus(404),
      ]) {
        behaviour = answer;
        await failureOf(registry.lookup(subject));
      }
      // Four failed lookups, each answered by the registry (none retried): the breaker is still closed.
      expect(received).toHaveLength(4);
      behaviour = answerJson({ matches: [record] });
      expect(await registry.lookup(subject)).toEqual([record]);
      expect(received).toHaveLength(5);

      // An outage after an answer of any kind starts the count again: one is not the threshold's two.
      behaviour = answerStatus(503);
      await failureOf(registry.lookup(subject));
      behaviour = malformed;
      await failureOf(registry.lookup(subject));
      behaviour = answerStatus(503);
      await failureOf(registry.lookup(subject));
      behaviour = answerJson({ matches: [] });
      expect(await registry.lookup(subject)).toEqual([]);
      expect(received).toHaveLength(11);
    });

    it('lets a success reset the count of failures', async () => {
      const registry = breakerRegistry();
      behaviour = answerStatus(503);
      await failureOf(registry.lookup(subject));
      behaviour = answerJson({ matches: [] });
      expect(await registry.lookup(subject)).toEqual([]);
      behaviour = answerStatus(503);
      await failureOf(registry.lookup(subject));

      // One failure since the success: still closed.
      behaviour = answerJson({ matches: [] });
      expect(await registry.lookup(subject)).toEqual([]);
      expect(received).toHaveLength(6);
    });
  });
});
