import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../server/app';
import { holderDescription } from '../server/documents/result-document';
import { MAX_UPLOAD_BYTES } from '../server/documents/upload';
import { genderFromResidentId } from '../server/identifiers/identifiers';
import { type Client, startTestApp, type TestApp } from './support/harness';
import { application, citizen, foreigner, hmtResident, SUBMIT, type SubmitAnswer } from './support/inputs';
import { present } from './support/narrow';
import { acceptedCase, getCase, PDF, PNG, step, type UploadedDocument, upload } from './support/workflow';

let app: TestApp;
let officer: Client;

beforeAll(async () => {
  app = await startTestApp({ config: { uploadIdleMs: 1500 } });
  officer = await app.as('heping.officer');
});
afterAll(() => app?.close());

/** Every file in the store, temporary ones included. */
const storedFiles = () => {
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(app.config.filesDir);
  return out.sort();
};

const newCase = async () => (await officer.data<SubmitAnswer>(SUBMIT, { input: application() })).submitApplication;

/** The document an upload answered with. */
const uploaded = async (res: Response) => (await res.json()) as UploadedDocument;

/** The history of a case, each event's action and detail (an object, or null). */
const historyOf = async (id: string) =>
  present(
    (
      await officer.data<{
        application: { history: { action: string; detail: Record<string, unknown> | null }[] } | null;
      }>('query($id: ID!) { application(id: $id) { history { action detail } } }', { id })
    ).application,
    `case ${id}`,
  ).history;

/** The store's temporary files: what an upload leaves behind until it is committed. */
const tempFiles = () => storedFiles().filter((f) => f.startsWith(path.join(app.config.filesDir, 'tmp')));

/**
 * Sends an upload over a raw socket, byte by byte as told: `parts` are written in turn, `pauseMs`
 * apart; then the socket is destroyed when `abort` is set. Resolves with the status line
 * the server answered, or null when it answered nothing.
 */
function rawUpload(
  caseId: string,
  parts: Buffer[],
  options: { abort?: boolean; pauseMs?: number; contentLength?: number } = {},
): Promise<string | null> {
  const url = new URL(app.server.url);
  const body = Buffer.concat(parts);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname);
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(answer ? answer.split('\r\n')[0] : null));
    socket.on('connect', async () => {
      socket.write(
        [
          `POST /api/applications/${caseId}/documents HTTP/1.1`,
          `Host: ${url.host}`,
          `Cookie: ${officer.cookie}`,
          'Content-Type: multipart/form-data; boundary=x',
          `Content-Length: ${options.contentLength ?? body.length}`,
          'Connection: close',
          '',
          '',
        ].join('\r\n'),
      );
      for (const part of parts) {
        if (socket.destroyed) return;
        socket.write(part);
        if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
      }
      // Otherwise the socket stays open: the server closes it after its answer.
      if (options.abort) socket.destroy();
    });
  });
}

const FORM_HEAD = Buffer.from(
  '--x\r\nContent-Disposition: form-data; name="kind"\r\n\r\nID_CARD_FRONT\r\n' +
    '--x\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n',
);

const until = async (check: () => boolean, ms = 5000) => {
  for (const start = Date.now(); !check() && Date.now() - start < ms; ) await new Promise((r) => setTimeout(r, 50));
  return check();
};

describe('uploads that are malformed, cut off, dropped or idle', () => {
  it('answers 400 to a form without its closing boundary, keeps serving, and leaves no temporary file', async () => {
    const c = await newCase();
    const status = await rawUpload(c.id, [FORM_HEAD, PNG]);
    expect(status).toMatch(/^HTTP\/1\.1 400/);
    expect((await officer.gql<{ me: { username: string } }>('{ me { username } }')).data?.me.username).toBe(
      'heping.officer',
    );
    expect(await until(() => tempFiles().length === 0)).toBe(true);
    expect((await getCase(officer, c.id)).documents).toEqual([]);
  });

  it('removes the temporary file of an upload the client drops mid-body', async () => {
    const c = await newCase();
    const status = await rawUpload(c.id, [FORM_HEAD, PNG, Buffer.alloc(64 * 1024)], {
      abort: true,
      pauseMs: 100,
      contentLength: 1024 * 1024,
    });
    expect(status).toBeNull();
    expect(await until(() => tempFiles().length === 0)).toBe(true);
    expect((await getCase(officer, c.id)).documents).toEqual([]);
    expect((await fetch(`${app.server.url}/api/health`)).status).toBe(200);
  });

  it('ends an upload that goes quiet with 408 and removes its temporary file', async () => {
    const c = await newCase();
    const started = Date.now();
    const status = await rawUpload(c.id, [FORM_HEAD, PNG, Buffer.alloc(100), Buffer.alloc(100)], {
      pauseMs: 4000,
      contentLength: 1024 * 1024,
    });
    expect(status).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(await until(() => tempFiles().length === 0)).toBe(true);
  });

  it('reads a small refused body to its end and keeps the connection; a large one ends with it', async () => {
    const c = await newCase();
    const url = new URL(app.server.url);
    /** Writes `bytes` in two halves 100 ms apart on one keep-alive socket; what came back by `waitMs`. */
    const exchange = (bytes: Buffer, waitMs: number) =>
      new Promise<string>((resolve) => {
        const socket = net.connect(Number(url.port), url.hostname);
        let answer = '';
        socket.on('data', (chunk) => {
          answer += chunk.toString('latin1');
        });
        socket.on('error', () => undefined);
        socket.on('connect', async () => {
          const half = Math.floor(bytes.length / 2);
          socket.write(bytes.subarray(0, half));
          await new Promise((r) => setTimeout(r, 100));
          if (!socket.destroyed) socket.write(bytes.subarray(half));
          setTimeout(() => {
            socket.destroy();
            resolve(answer);
          }, waitMs);
        });
      });
    const anonymousUpload = (declared: number, sent: number) =>
      Buffer.concat([
        Buffer.from(
          [
            `POST /api/applications/${c.id}/documents HTTP/1.1`,
            `Host: ${url.host}`,
            'Content-Type: multipart/form-data; boundary=x',
            `Content-Length: ${declared}`,
            '',
            '',
          ].join('\r\n'),
        ),
        FORM_HEAD,
        Buffer.alloc(sent - FORM_HEAD.length),
      ]);
    const health = Buffer.from(`GET /api/health HTTP/1.1\r\nHost: ${url.host}\r\n\r\n`);

    // Refused (no session) before its 200 KB are read: read anyway, and the next request is served.
    const small = 200 * 1024;
    const kept = await exchange(Buffer.concat([anonymousUpload(small, small), health]), 1500);
    expect(kept.match(/HTTP\/1\.1 \d{3}/g)).toEqual(['HTTP/1.1 401', 'HTTP/1.1 200']);

    // 20 MB declared: not read; the answer says the connection ends.
    const large = await exchange(anonymousUpload(20 * 1024 * 1024, 64 * 1024), 1500);
    expect(large).toMatch(/^HTTP\/1\.1 401/);
    expect(large).toMatch(/^Connection: close\r$/im);
  });

  it('takes a file of exactly the maximum size', async () => {
    const c = await newCase();
    const exact = Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES - PDF.length)]);
    const res = await upload(officer, c.id, 'APPLICATION_FORM', exact, 'exact.pdf');
    expect(res.status, await res.clone().text()).toBe(201);
    expect((await uploaded(res)).byteSize).toBe(MAX_UPLOAD_BYTES);
  });

  it('keeps no document row when its file cannot be stored', async () => {
    const c = await newCase();
    // Content whose shard folder does not exist yet; a plain file put in its place makes storing fail.
    let content: Buffer;
    let shard: string;
    for (let nonce = 0; ; nonce++) {
      content = Buffer.concat([PNG, Buffer.from(`nonce ${nonce}`)]);
      shard = path.join(app.config.filesDir, createHash('sha256').update(content).digest('hex').slice(0, 2));
      if (!fs.existsSync(shard)) break;
    }
    fs.writeFileSync(shard, 'in the way');
    try {
      const res = await upload(officer, c.id, 'ID_CARD_FRONT', content, 'front.png');
      expect(res.status).toBe(500);
      expect(JSON.stringify(await res.json())).not.toMatch(/ENOTDIR|EEXIST|\/tmp\//);
      expect((await getCase(officer, c.id)).documents).toEqual([]);
    } finally {
      fs.rmSync(shard, { force: true });
    }
  });

  it('sweeps temporary files left by an earlier crash when a server starts, sparing recent ones', async () => {
    const dir = path.join(app.config.filesDir, 'tmp');
    fs.mkdirSync(dir, { recursive: true });
    const stale = path.join(dir, 'left-by-a-crash');
    const recent = path.join(dir, 'upload-in-another-process');
    fs.writeFileSync(stale, 'x');
    fs.writeFileSync(recent, 'y');
    const hourAgo = new Date(Date.now() - 3600_000);
    fs.utimesSync(stale, hourAgo, hourAgo);
    const second = await startServer(app.ds, app.config, 0);
    await second.stop();
    second.httpServer.close();
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    fs.rmSync(recent);
  });
});

describe('uploads', () => {
  it('stores a PNG and a PDF by their hash, and serves them to officers in scope only, audited', async () => {
    const c = await newCase();
    const res = await upload(officer, c.id, 'ID_CARD_FRONT', PNG, '身份证正面.png');
    expect(res.status).toBe(201);
    const document = await uploaded(res);
    expect(document).toMatchObject({
      kind: 'ID_CARD_FRONT',
      contentType: 'image/png',
      byteSize: PNG.length,
      status: 'PENDING',
      fileName: '身份证正面.png',
    });
    expect(storedFiles()).toContain(path.join(app.config.filesDir, document.sha256.slice(0, 2), document.sha256));
    expect((await upload(officer, c.id, 'APPLICATION_FORM', PDF, 'form.PDF')).status).toBe(201);

    const download = await fetch(`${app.server.url}${document.contentUrl}`, {
      headers: { cookie: officer.sessionCookie() },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    const history = await historyOf(c.id);
    expect(history[0]).toMatchObject({ action: 'DOCUMENT_DOWNLOADED', detail: { documentId: Number(document.id) } });

    const shenhe = await app.as('shenhe.officer');
    expect(
      (await fetch(`${app.server.url}${document.contentUrl}`, { headers: { cookie: shenhe.sessionCookie() } })).status,
    ).toBe(404);
    expect((await fetch(`${app.server.url}${document.contentUrl}`)).status).toBe(401);
    expect((await upload(shenhe, c.id, 'ID_CARD_BACK', PNG, 'back.png')).status).toBe(404);
    const foreign = await shenhe.gql('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { id } }', {
      id: document.id,
    });
    expect(foreign.errors?.[0]).toMatchObject({
      message: `Document ${document.id} not found`,
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('lets the counter officer who registered a case routed elsewhere hand in its papers that day, as the applicant, and nothing more', async () => {
    // The service hall's counter registers a 和平 citizen: the case goes to a 和平 station, out of the hall's scope.
    const hall = await app.as('hall.officer');
    const c = (await hall.data<SubmitAnswer>(SUBMIT, { input: application({ channel: 'COUNTER' }) })).submitApplication;
    const read = 'query($id: ID!) { application(id: $id) { id } }';
    expect((await hall.data<{ application: unknown }>(read, { id: c.id })).application).toBeNull();
    for (const kind of ['ID_CARD_FRONT', 'ID_CARD_BACK']) {
      const res = await upload(hall, c.id, kind, PNG, `${kind}.png`);
      expect(res.status, await res.clone().text()).toBe(201);
    }
    // As the applicant's papers: nobody took the case by it, and the history names the officer who handed them in.
    const inStation = await getCase(officer, c.id);
    expect(inStation.assignee).toBeNull();
    expect(inStation.documents.map((d) => [d.kind, d.status])).toEqual([
      ['ID_CARD_FRONT', 'PENDING'],
      ['ID_CARD_BACK', 'PENDING'],
    ]);
    const history = present(
      (
        await officer.data<{ application: { history: { action: string; actor: { username: string } | null }[] } }>(
          'query($id: ID!) { application(id: $id) { history { action actor { username } } } }',
          { id: c.id },
        )
      ).application,
      'the case',
    ).history;
    expect(history.filter((e) => e.action === 'UPLOAD_DOCUMENT').map((e) => e.actor?.username)).toEqual([
      'hall.officer',
      'hall.officer',
    ]);
    // Nothing more: not the papers' content, not their verification, not another officer's upload.
    const document = inStation.documents[0];
    const content = await fetch(`${app.server.url}/api/documents/${document.id}/content`, {
      headers: { cookie: hall.sessionCookie() },
    });
    expect(content.status).toBe(404);
    const verify = await hall.gql('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { id } }', {
      id: document.id,
    });
    expect(verify.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const other = await app.as('tiexi.officer');
    expect((await upload(other, c.id, 'APPLICATION_FORM', PDF, 'form.pdf')).status).toBe(404);
    // Once the station has accepted the case, its papers are the station's business.
    for (const d of inStation.documents)
      await officer.data('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { id } }', { id: d.id });
    await step(officer, 'acceptApplication', c.id);
    expect((await upload(hall, c.id, 'APPLICATION_FORM', PDF, 'form.pdf')).status).toBe(404);
    // An online case is never the counter's.
    const online = await newCase();
    expect((await upload(hall, online.id, 'ID_CARD_FRONT', PNG, 'front.png')).status).toBe(404);
  });

  it('keeps a long file name cut to the column, in the row and in its audit event alike', async () => {
    const c = await newCase();
    const long = `${'很长的文件名'.repeat(60)}.png`;
    const res = await upload(officer, c.id, 'ID_CARD_FRONT', PNG, long);
    expect(res.status).toBe(201);
    const document = await uploaded(res);
    expect(document.fileName).toBe(long.slice(0, 255));
    const history = await historyOf(c.id);
    const { detail } = present(
      history.find((h) => h.action === 'UPLOAD_DOCUMENT'),
      'the UPLOAD_DOCUMENT event',
    );
    expect(present(detail, 'the detail of the UPLOAD_DOCUMENT event').fileName).toBe(long.slice(0, 255));
  });

  it('refuses a PNG named .pdf, a text file named .jpg, a bad kind and an oversized file, leaving nothing behind', async () => {
    const c = await newCase();
    const before = storedFiles();
    const pngAsPdf = await upload(officer, c.id, 'ID_CARD_FRONT', PNG, 'scan.pdf');
    expect(pngAsPdf.status).toBe(415);
    expect(await pngAsPdf.json()).toMatchObject({ field: 'file', error: expect.stringContaining('image/png') });
    const textAsJpg = await upload(
      officer,
      c.id,
      'ID_CARD_FRONT',
      Buffer.from('just some text, not a picture'),
      'photo.jpg',
    );
    expect(textAsJpg.status).toBe(415);
    const badKind = await upload(officer, c.id, 'SELFIE', PNG, 'x.png');
    expect(badKind.status).toBe(400);
    expect(await badKind.json()).toMatchObject({ field: 'kind' });
    const huge = Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES)]);
    const tooLarge = await upload(officer, c.id, 'APPLICATION_FORM', huge, 'big.pdf');
    expect(tooLarge.status).toBe(413);
    expect(storedFiles()).toEqual(before);
    expect((await getCase(officer, c.id)).documents).toEqual([]);
  });

  it('rejects a document with a note, which sends the officer to ask for a supplement', async () => {
    const c = await newCase();
    const document = await uploaded(await upload(officer, c.id, 'ID_CARD_BACK', PNG, 'back.png'));
    const noNote = await officer.gql('mutation($id: ID!) { verifyDocument(id: $id, status: REJECTED) { status } }', {
      id: document.id,
    });
    expect(noNote.errors?.[0].extensions?.field).toBe('note');
    const rejected = await officer.data<{ verifyDocument: unknown }>(
      'mutation($id: ID!) { verifyDocument(id: $id, status: REJECTED, note: "看不清") { status note verifiedBy { username } } }',
      { id: document.id },
    );
    expect(rejected.verifyDocument).toEqual({
      status: 'REJECTED',
      note: '看不清',
      verifiedBy: { username: 'heping.officer' },
    });
  });
});

/** The text of the QR code on a PDF's first page, as poppler renders the page (a PPM image). */
function qrCodeOf(pdfFile: string): string | undefined {
  const ppm = execFileSync('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', pdfFile], { maxBuffer: 64 * 1024 * 1024 });
  const header = ppm
    .subarray(0, 20)
    .toString('latin1')
    .match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error('pdftoppm did not write a PPM image');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const rgb = ppm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([rgb[3 * i], rgb[3 * i + 1], rgb[3 * i + 2], 255], 4 * i);
  return jsQR(rgba, width, height)?.data;
}

describe('issued documents', () => {
  it('names a foreigner and a Hong Kong resident with nationality and document number', () => {
    expect(holderDescription({ ...foreigner(400), gender: 'F', birthDate: '1985-02-03' } as never)).toBe(
      'JOHN SMITH（国籍：美国，性别：女，出生日期：1985年2月3日，护照号码：E12345678）',
    );
    expect(holderDescription({ ...hmtResident(), gender: null, birthDate: null } as never)).toBe(
      '陈大文（国籍：中国香港，往来内地（大陆）通行证号码：H12345678）',
    );
  });

  it('renders a PDF whose Chinese text reads back, naming the holder in full, and a verification page that confirms it', async () => {
    const subject = citizen();
    const c = await acceptedCase(officer, { subject });
    await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
    const issued = present((await step(officer, 'issueDocument', c.id)).issuedDocument, 'the issued document');
    const pdf = await fetch(`${app.server.url}${issued.pdfUrl}`, { headers: { cookie: officer.sessionCookie() } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rcc-pdf-')), 'doc.pdf');
    fs.writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('无犯罪记录证明');
    expect(text).toContain('测试人');
    expect(text).toContain(issued.number);
    expect(text).toContain('和平分局浑河湾派出所');
    expect(text).toContain(issued.verificationCode);
    // The address, the number and the code on lines of their own, each whole (as a reader copies them).
    const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' }).split('\n');
    expect(lines.map((l) => l.trim())).toEqual(
      expect.arrayContaining([
        `核验地址：${app.config.publicBaseUrl}/verify`,
        `文书编号：${issued.number}`,
        `验证码：${issued.verificationCode}`,
      ]),
    );
    // The certificate is the holder's own document: the full number, gender and birth date, as the template has them.
    expect(text).toContain(`公民身份号码：${subject.idNumber}`);
    expect(text).toContain(`性别：${genderFromResidentId(subject.idNumber) === 'M' ? '男' : '女'}`);
    expect(text).toContain('出生日期：1990年5月17日');
    // Its QR code reads back as the address of its verification page.
    expect(qrCodeOf(file)).toBe(
      `${app.config.publicBaseUrl}/verify?number=${encodeURIComponent(issued.number)}&code=${issued.verificationCode}`,
    );

    const verify = (number: string, code: string) =>
      fetch(`${app.server.url}/verify?number=${encodeURIComponent(number)}&code=${code}`);
    const good = await verify(issued.number, issued.verificationCode);
    expect(good.status).toBe(200);
    const page = await good.text();
    expect(page).toContain('该文书真实有效');
    expect(page).toContain('无犯罪记录证明');
    expect(page).toContain('测*人');
    expect(page).not.toContain('测试人');
    // Read abroad too: every line in English beside the Chinese (point 19).
    for (const words of [
      'This document was issued as shown.',
      'Certificate of No Criminal Record',
      'Issued by',
      'Holder',
    ])
      expect(page).toContain(words);
    expect(page).toMatch(
      /出具日期 <span lang="en">Issued on<\/span><\/dt><dd>\d{4}年\d{1,2}月\d{1,2}日 <span lang="en">\(\d{4}-\d{2}-\d{2}\)<\/span>/,
    );
    expect(page).not.toContain(subject.idNumber);
    const wrong = await verify(
      issued.number,
      issued.verificationCode.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A')),
    );
    expect(wrong.status).toBe(404);
    const missed = await wrong.text();
    expect(missed).toContain('未查到该文书');
    // The form again, with the number kept for typing the code once more.
    expect(missed).toContain(`name="number" maxlength="40" required autocomplete="off" value="${issued.number}"`);
    // The code as typed on a phone, in lower case, is the same code.
    expect((await verify(issued.number, issued.verificationCode.toLowerCase())).status).toBe(200);
    // Without a number and code: the form to type them.
    const blank = await fetch(`${app.server.url}/verify`);
    expect(blank.status).toBe(200);
    const form = await blank.text();
    expect(form).toContain('<form method="get" action="/verify">');
    expect(form).toContain('name="code"');
    // As long as the code in characters, longer in bytes: not the same code either.
    const wider = await verify(issued.number, encodeURIComponent(`${issued.verificationCode.slice(1)}码`));
    expect(wider.status).toBe(404);

    const elsewhere = await app.as('shenhe.officer');
    expect(
      (await fetch(`${app.server.url}${issued.pdfUrl}`, { headers: { cookie: elsewhere.sessionCookie() } })).status,
    ).toBe(404);
  });

  it('limits the rate of verification requests', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await fetch(`${app.server.url}/verify?number=X&code=Y`)).status);
    expect(statuses).toContain(429);
  });
});
