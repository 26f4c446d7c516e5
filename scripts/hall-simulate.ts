// Plays the online service hall and the payment platform against a running server:
//   npm run hall:simulate -- [--url http://localhost:4000] [--rate 2] [--duration 60] [--linger 30] [--callback-port 4100] [--fee 30]
// It signs in to the console as an administrator (--admin, default admin; password ADMIN_PASSWORD,
// default the demo one) to register its machine client once (kept in data/hall-simulator.json, or
// --client-file) and point its callbacks at a port of its own. Then, `rate` times a second for
// `duration` seconds, it hands over a realistic application (citizens, units, foreigners; some
// that the routing rules refuse) with generated scans; it pays each fee once the case is decided
// (a signed notice), answers supplement requests by uploading what was asked, and prints a line per
// callback it receives, checking each one's signature and that none arrives twice. Officers work
// the cases in the console meanwhile: after `duration` it hands over no more, and goes on hearing of
// them and answering for `linger` seconds (Ctrl-C or SIGTERM ends it sooner, its answers under way
// finished). Its last line is a JSON summary. The service is free unless
// fees are set: `--fee 30` sets, as the administrator, a fee of 30 for Shenyang's cases (region
// prefix 2101) first, so that payments flow too.
import 'reflect-metadata';
import { createHmac, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeCreditCode, makeResidentId } from '../server/identifiers/identifiers';
import { DEMO_PASSWORD } from '../server/seed/demo-directory';
import { cardPng } from '../server/seed/demo-files';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000' },
    rate: { type: 'string', default: '1' },
    duration: { type: 'string', default: '60' },
    linger: { type: 'string', default: '30' },
    'callback-port': { type: 'string', default: '0' },
    'client-file': { type: 'string', default: path.resolve('data', 'hall-simulator.json') },
    admin: { type: 'string', default: 'admin' },
    fee: { type: 'string' },
  },
});
const BASE = String(values.url).replace(/\/$/, '');
const API = `${BASE}/api/hall/v1`;
const RATE = Number(values.rate);
const DURATION_S = Number(values.duration);
const LINGER_S = Number(values.linger);
if (!(RATE > 0 && RATE <= 50) || !(DURATION_S > 0) || !(LINGER_S >= 0)) {
  throw new Error('--rate must be from 0 to 50 a second, --duration more than 0 seconds and --linger 0 or more');
}

/** A JSON answer, read as the API describes it (openapi.json). */
// biome-ignore lint/suspicious/noExplicitAny: the answers' shapes are the API's, checked by its tests
type Json = Record<string, any>;

const tally = {
  submitted: 0,
  refused: 0,
  uploads: 0,
  payments: 0,
  supplements: 0,
  events: 0,
  duplicates: 0,
  badSignatures: 0,
  failures: 0,
};
const print = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);

// ---- the machine client --------------------------------------------------------------------

interface Credentials {
  clientId: string;
  clientSecret: string;
}

async function consoleSession(): Promise<string> {
  const res = await fetch(`${BASE}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: values.admin, password: process.env.ADMIN_PASSWORD ?? DEMO_PASSWORD }),
  });
  if (res.status !== 200)
    throw new Error(
      `signing in to the console as ${values.admin} failed (${res.status}): set --admin and ADMIN_PASSWORD`,
    );
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

async function graphql(cookie: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Json;
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${body.errors[0].message}`);
  return body.data;
}

/** The simulator's client, registered now if the file names none this server knows, its callbacks pointed at `callbackUrl`. */
async function machineClient(callbackUrl: string): Promise<Credentials> {
  const cookie = await consoleSession();
  if (values.fee) {
    await graphql(
      cookie,
      'mutation($amount: Float!) { setFeeRule(regionPrefix: "2101", amount: $amount, note: "hall:simulate") { amount } }',
      {
        amount: Number(values.fee),
      },
    );
    print(`set a fee of ${values.fee} for Shenyang's cases (region prefix 2101)`);
  }
  const { feeRules } = await graphql(cookie, '{ feeRules { regionPrefix amount } }', {});
  if (!feeRules.length)
    print('no fee is set, so every case is free and nothing is paid: --fee 30 sets one for Shenyang');
  const file = String(values['client-file']);
  const kept: Credentials | null = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null;
  if (kept) {
    const updated = await graphql(
      cookie,
      'mutation($id: String!, $url: String) { updateHallClient(clientId: $id, input: { callbackUrl: $url, active: true }) { clientId } }',
      {
        id: kept.clientId,
        url: callbackUrl,
      },
    ).catch(() => null);
    if (updated) return kept;
  }
  const { createHallClient } = await graphql(
    cookie,
    'mutation($input: HallClientInput!) { createHallClient(input: $input) { client { clientId } clientSecret } }',
    { input: { name: '模拟网上办事大厅', scopes: ['intake', 'payments', 'status'], callbackUrl } },
  );
  const credentials = { clientId: createHallClient.client.clientId, clientSecret: createHallClient.clientSecret };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(credentials), { mode: 0o600 });
  print(`registered the machine client ${credentials.clientId} (kept in ${file})`);
  return credentials;
}

let token = '';
let tokenExpires = 0;

async function bearer(client: Credentials): Promise<string> {
  if (Date.now() < tokenExpires - 30_000) return token;
  const res = await fetch(`${API}/token`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString('base64')}`,
    },
    body: 'grant_type=client_credentials',
  });
  const body = (await res.json()) as Json;
  if (res.status !== 200) throw new Error(`no token: ${body.error_description ?? body.error}`);
  token = body.access_token;
  tokenExpires = Date.now() + body.expires_in * 1000;
  return token;
}

async function call(
  client: Credentials,
  method: string,
  route: string,
  body?: { json?: unknown; form?: FormData; raw?: string; headers?: Record<string, string> },
) {
  const headers: Record<string, string> = { Authorization: `Bearer ${await bearer(client)}`, ...body?.headers };
  let payload: string | FormData | undefined = body?.form ?? body?.raw;
  if (body?.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body.json);
  }
  // An officer may change the case at the same moment (409 CONFLICT): the hall sends the same
  // request again, under the same Idempotency-Key (a refusal stores nothing under it).
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${API}${route}`, { method, headers, body: payload });
    const answer = { status: res.status, body: (await res.json()) as Json };
    if (answer.status !== 409 || answer.body.code !== 'CONFLICT' || attempt === CONFLICT_ATTEMPTS) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

/** How often a request the case's concurrent change refused is sent. */
const CONFLICT_ATTEMPTS = 4;

// ---- the applicants --------------------------------------------------------------------------

const REGIONS = ['210102001', '210103005', '210106001'];
let sequence = Math.floor(Math.random() * 800);
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)];
const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄强'];

function citizen() {
  const region = pick(REGIONS);
  const year = 1965 + Math.floor(Math.random() * 38);
  return {
    name: pick(NAMES),
    category: 'CITIZEN',
    idType: 'RESIDENT_ID_CARD',
    idNumber: makeResidentId(
      region.slice(0, 6),
      `${year}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`,
      (sequence++ % 900) + 1,
    ),
    nationality: '中国',
    domicileRegion: region,
    residenceRegion: region,
    phone: `138${String(10_000_000 + Math.floor(Math.random() * 89_999_999))}`,
  };
}

/** A realistic application: mostly citizens, then units and foreigners; a foreigner of a short stay is refused by the routing rules. */
function anApplication(): Record<string, unknown> {
  const hallReference = `SIM-${randomUUID()}`;
  const roll = Math.random();
  if (roll < 0.6)
    return {
      hallReference,
      applicantKind: 'INDIVIDUAL',
      subject: citizen(),
      purpose: pick(['QUALIFICATION', 'FURTHER_STUDY', 'OTHER']),
      purposeDetail: '求职',
      delivery: 'ELECTRONIC',
    };
  if (roll < 0.8) {
    const region = pick(REGIONS);
    return {
      hallReference,
      applicantKind: 'UNIT',
      subject: citizen(),
      unit: {
        name: '沈阳示例科技有限公司',
        creditCode: makeCreditCode(region.slice(0, 6), 4000 + (sequence++ % 900)),
        region,
        contactName: '王经理',
        contactPhone: '02412345678',
      },
      purpose: 'EMPLOYMENT_SCREENING',
      delivery: 'MAIL',
      mailingAddress: { recipient: '王经理', phone: '02412345678', region, line: '青年大街1号', postalCode: '110000' },
    };
  }
  const days = roll < 0.95 ? 200 + Math.floor(Math.random() * 1000) : 30;
  return {
    hallReference,
    applicantKind: 'INDIVIDUAL',
    subject: {
      name: 'JOHN SMITH',
      category: 'FOREIGNER',
      idType: 'PASSPORT',
      idNumber: `E${10_000_000 + (sequence++ % 89_999_999)}`,
      nationality: '美国',
      residenceRegion: pick(REGIONS),
      daysInChina: days,
      phone: '13900001111',
    },
    purpose: 'GO_ABROAD',
    destinationCountry: '美国',
    delivery: 'ELECTRONIC',
  };
}

async function uploadKinds(client: Credentials, referenceNo: string, kinds: string[]) {
  for (const kind of kinds) {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', new Blob([cardPng([Math.floor(Math.random() * 200), 90, 200])]), `${kind.toLowerCase()}.png`);
    const res = await call(client, 'POST', `/applications/${referenceNo}/documents`, {
      form,
      headers: { 'Idempotency-Key': randomUUID() },
    });
    if (res.status === 201) tally.uploads++;
    else {
      tally.failures++;
      print(`  upload of ${kind} to ${referenceNo} refused: ${res.status} ${res.body.error}`);
    }
  }
}

async function handOver(client: Credentials) {
  const application = anApplication();
  const res = await call(client, 'POST', '/applications', {
    json: application,
    headers: { 'Idempotency-Key': randomUUID() },
  });
  if (res.status === 201) {
    tally.submitted++;
    print(
      `→ ${res.body.referenceNo} handed over to ${res.body.office.name}; papers to send: ${res.body.missingDocumentKinds.join(', ') || 'none'}`,
    );
    await uploadKinds(client, res.body.referenceNo, res.body.missingDocumentKinds);
  } else if (res.status === 422 && res.body.reason === 'NOT_ACCEPTED') {
    tally.refused++;
    print(
      `→ ${application.hallReference} refused by the routing rules${res.body.params?.rule ? ` (rule ${res.body.params.rule.id})` : ''}: ${res.body.params?.text ?? res.body.error}`,
    );
  } else {
    tally.failures++;
    print(`→ ${application.hallReference} refused: ${res.status} ${res.body.error}`);
  }
}

// ---- what the hall hears back --------------------------------------------------------------

async function onEvent(client: Credentials, event: Json) {
  if (event.event === 'SUPPLEMENT_REQUESTED') {
    await uploadKinds(client, event.referenceNo, event.supplement?.kinds ?? []);
    const res = await call(client, 'POST', `/applications/${event.referenceNo}/supplement`);
    if (res.status === 200) tally.supplements++;
    print(
      `  ${event.referenceNo}: supplement uploaded (${(event.supplement?.kinds ?? []).join(', ')}) → ${res.status}`,
    );
  }
  if (event.fee?.payable) {
    const notice = JSON.stringify({
      referenceNo: event.referenceNo,
      amount: event.fee.amount,
      paidAt: new Date().toISOString(),
      receiptNo: `FS${Date.now()}${Math.floor(Math.random() * 1000)}`,
    });
    const t = Math.floor(Date.now() / 1000);
    const signature = `t=${t},v1=${createHmac('sha256', client.clientSecret).update(`${t}.${notice}`).digest('hex')}`;
    const res = await call(client, 'POST', '/payments', {
      raw: notice,
      headers: { 'Content-Type': 'application/json', 'X-Signature': signature },
    });
    if (res.status === 200) tally.payments++;
    print(`  ${event.referenceNo}: fee of ${event.fee.amount} paid → ${res.status}`);
  }
}

function receiver(clientRef: { current: Credentials | null }, seen: Set<string>, work: Set<Promise<void>>) {
  return http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const client = clientRef.current;
      const [t, v1] = String(req.headers['x-signature'] ?? '')
        .split(',')
        .map((part) => part.split('=')[1]);
      if (!client || v1 !== createHmac('sha256', client.clientSecret).update(`${t}.${body}`).digest('hex')) {
        tally.badSignatures++;
        res.writeHead(401).end();
        return;
      }
      res.writeHead(200).end();
      const event = JSON.parse(body);
      if (seen.has(event.id)) {
        tally.duplicates++;
        return;
      }
      seen.add(event.id);
      tally.events++;
      print(`← ${event.event} ${event.referenceNo}: ${event.statusText} (signed, event ${event.id})`);
      const done = onEvent(client, event).catch((e: Error) => {
        tally.failures++;
        print(`  answering ${event.event} of ${event.referenceNo} failed: ${e.message}`);
      });
      work.add(done);
      void done.finally(() => work.delete(done));
    });
  });
}

async function main() {
  const seen = new Set<string>();
  const work = new Set<Promise<void>>();
  const clientRef: { current: Credentials | null } = { current: null };
  const server = receiver(clientRef, seen, work);
  await new Promise<void>((resolve) => server.listen(Number(values['callback-port']), '127.0.0.1', resolve));
  const callbackUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hall/callbacks`;
  const client = await machineClient(callbackUrl);
  clientRef.current = client;
  print(
    `the hall ${client.clientId} hands over ${RATE} application(s) a second for ${DURATION_S} s; callbacks at ${callbackUrl}`,
  );
  const end = Date.now() + DURATION_S * 1000;
  // Ctrl-C or SIGTERM: no more applications, no more waiting; what is under way is finished.
  let stopped: () => void = () => {};
  const stop = new Promise<void>((resolve) => (stopped = resolve));
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      stopped();
    });
  }
  const sent = new Set<Promise<void>>();
  while (Date.now() < end && !stopping) {
    const one = handOver(client).catch((e: Error) => {
      tally.failures++;
      print(`→ failed: ${e.message}`);
    });
    sent.add(one);
    void one.finally(() => sent.delete(one));
    await Promise.race([stop, new Promise((resolve) => setTimeout(resolve, 1000 / RATE))]);
  }
  await Promise.all([...sent]);
  if (!stopping && LINGER_S > 0) {
    print(`no more applications; hearing of the cases for ${LINGER_S} s more (Ctrl-C ends it)`);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([stop, new Promise((resolve) => (timer = setTimeout(resolve, LINGER_S * 1000)))]);
    clearTimeout(timer);
  }
  await Promise.all([...work]);
  server.close();
  server.closeAllConnections();
  print(
    `done: ${tally.submitted} handed over, ${tally.refused} refused by routing, ${tally.uploads} papers, ${tally.payments} payments, ${tally.supplements} supplements, ${tally.events} events (${tally.duplicates} twice, ${tally.badSignatures} badly signed)`,
  );
  console.log(JSON.stringify({ clientId: client.clientId, ...tally }));
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
