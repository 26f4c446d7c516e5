import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../server/documents/upload';
import { type Client, startTestApp, type TestApp } from './support/harness';
import { application, SUBMIT } from './support/inputs';
import { acceptedCase, getCase, PDF, PNG, step, upload } from './support/workflow';

let app: TestApp;
let officer: Client;

beforeAll(async () => {
  app = await startTestApp();
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
      if (entry.isDirectory()) walk(full); else out.push(full);
    }
  };
  walk(app.config.filesDir);
  return out.sort();
};

const newCase = async () => (await officer.data(SUBMIT, { input: application() })).submitApplication;

describe('uploads', () => {
  it('stores a PNG and a PDF by their hash, and serves them to officers in scope only, audited', async () => {
    const c = await newCase();
    const res = await upload(officer, c.id, 'ID_CARD_FRONT', PNG, '身份证正面.png');
    expect(res.status).toBe(201);
    const document = await res.json();
    expect(document).toMatchObject({ kind: 'ID_CARD_FRONT', contentType: 'image/png', byteSize: PNG.length, status: 'PENDING', fileName: '身份证正面.png' });
    expect(storedFiles()).toContain(path.join(app.config.filesDir, document.sha256.slice(0, 2), document.sha256));
    expect((await upload(officer, c.id, 'APPLICATION_FORM', PDF, 'form.PDF')).status).toBe(201);

    const download = await fetch(`${app.server.url}${document.contentUrl}`, { headers: { cookie: officer.cookie! } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    const history = (await officer.data('query($id: ID!) { application(id: $id) { history { action detail } } }', { id: c.id })).application.history;
    expect(history[0]).toMatchObject({ action: 'DOCUMENT_DOWNLOADED', detail: { documentId: Number(document.id) } });

    const shenhe = await app.as('shenhe.officer');
    expect((await fetch(`${app.server.url}${document.contentUrl}`, { headers: { cookie: shenhe.cookie! } })).status).toBe(404);
    expect((await fetch(`${app.server.url}${document.contentUrl}`)).status).toBe(401);
    expect((await upload(shenhe, c.id, 'ID_CARD_BACK', PNG, 'back.png')).status).toBe(404);
    const foreign = await shenhe.gql('mutation($id: ID!) { verifyDocument(id: $id, status: VERIFIED) { id } }', { id: document.id });
    expect(foreign.errors?.[0]).toMatchObject({ message: `Document ${document.id} not found`, extensions: { code: 'NOT_FOUND' } });
  });

  it('refuses a PNG named .pdf, a text file named .jpg, a bad kind and an oversized file, leaving nothing behind', async () => {
    const c = await newCase();
    const before = storedFiles();
    const pngAsPdf = await upload(officer, c.id, 'ID_CARD_FRONT', PNG, 'scan.pdf');
    expect(pngAsPdf.status).toBe(415);
    expect(await pngAsPdf.json()).toMatchObject({ field: 'file', error: expect.stringContaining('image/png') });
    const textAsJpg = await upload(officer, c.id, 'ID_CARD_FRONT', Buffer.from('just some text, not a picture'), 'photo.jpg');
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
    const document = await (await upload(officer, c.id, 'ID_CARD_BACK', PNG, 'back.png')).json();
    const noNote = await officer.gql('mutation($id: ID!) { verifyDocument(id: $id, status: REJECTED) { status } }', { id: document.id });
    expect(noNote.errors?.[0].extensions?.field).toBe('note');
    const rejected = await officer.data('mutation($id: ID!) { verifyDocument(id: $id, status: REJECTED, note: "看不清") { status note verifiedBy { username } } }', { id: document.id });
    expect(rejected.verifyDocument).toEqual({ status: 'REJECTED', note: '看不清', verifiedBy: { username: 'heping.officer' } });
  });
});

describe('issued documents', () => {
  it('renders a PDF whose Chinese text reads back, and a verification page that confirms it', async () => {
    const c = await acceptedCase(officer);
    await step(officer, 'decideApplication', c.id, { outcome: 'NO_RECORD' });
    const issued = (await step(officer, 'issueDocument', c.id)).issuedDocument;
    const pdf = await fetch(`${app.server.url}${issued.pdfUrl}`, { headers: { cookie: officer.cookie! } });
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
    expect(text).not.toMatch(/\d{17}[\dX]/); // the identity number is masked

    const verify = (number: string, code: string) => fetch(`${app.server.url}/verify?number=${encodeURIComponent(number)}&code=${code}`);
    const good = await verify(issued.number, issued.verificationCode);
    expect(good.status).toBe(200);
    const page = await good.text();
    expect(page).toContain('该文书真实有效');
    expect(page).toContain('无犯罪记录证明');
    expect(page).toContain('测*人');
    expect(page).not.toContain('测试人');
    const wrong = await verify(issued.number, issued.verificationCode.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A')));
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toContain('未查到该文书');

    const elsewhere = await app.as('shenhe.officer');
    expect((await fetch(`${app.server.url}${issued.pdfUrl}`, { headers: { cookie: elsewhere.cookie! } })).status).toBe(404);
  });

  it('limits the rate of verification requests', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await fetch(`${app.server.url}/verify?number=X&code=Y`)).status);
    expect(statuses).toContain(429);
  });
});
