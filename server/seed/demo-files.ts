import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { DocumentKind } from '../core/enums';
import type { FileStore } from '../documents/file-store';
import { loadFonts } from '../documents/result-document.pdf';

// Real small files for the demo cases' documents: a PNG "scan" per kind of paper and a
// Chinese application form as PDF, stored once each in the content-addressed store.

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 320×200 card: a tinted background, a frame, a photo box and text lines, in the kind's colour. */
export function cardPng(hue: [number, number, number]): Buffer {
  const width = 320;
  const height = 200;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0, then RGB
    for (let x = 0; x < width; x++) {
      const frame = x < 6 || y < 6 || x >= width - 6 || y >= height - 6;
      const photo = x > 220 && x < 300 && y > 40 && y < 150;
      const line = x > 24 && x < 200 && y > 40 && y < 150 && (y - 40) % 22 < 6;
      const [r, g, b] = frame
        ? hue
        : photo
          ? [170, 170, 170]
          : line
            ? [90, 90, 90]
            : [245 - (hue[0] >> 4), 245 - (hue[1] >> 4), 245 - (hue[2] >> 4)];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function applicationFormPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 72 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('regular', loadFonts().regular);
  doc.font('regular').fontSize(20).text('无犯罪记录证明申请表（演示）', { align: 'center' }).moveDown(2).fontSize(12);
  for (const label of ['申请人姓名', '证件类型及号码', '户籍地 / 居住地', '查询用途', '领取方式', '申请人签名']) {
    doc.text(`${label}：________________________________`).moveDown(1);
  }
  doc.end();
  return done;
}

const HUES: Partial<Record<DocumentKind, [number, number, number]>> = {
  [DocumentKind.ID_CARD_FRONT]: [30, 90, 200],
  [DocumentKind.ID_CARD_BACK]: [30, 150, 200],
  [DocumentKind.PASSPORT]: [120, 30, 60],
  [DocumentKind.RESIDENCE_PERMIT]: [200, 120, 30],
  [DocumentKind.HMT_TRAVEL_PERMIT]: [40, 140, 80],
  [DocumentKind.POWER_OF_ATTORNEY]: [90, 90, 90],
  [DocumentKind.AGENT_ID]: [60, 60, 180],
  [DocumentKind.UNIT_LETTER]: [180, 40, 40],
  [DocumentKind.BUSINESS_LICENSE]: [160, 60, 20],
  [DocumentKind.SUBJECT_CONSENT]: [100, 60, 140],
};

export interface DemoFile {
  sha256: string;
  byteSize: number;
  contentType: string;
  ending: string;
}

/** Stores the demo files and returns, per kind, which file its documents show. */
export async function storeDemoFiles(store: FileStore): Promise<(kind: DocumentKind) => DemoFile> {
  const form = await applicationFormPdf();
  const files = new Map<DocumentKind, DemoFile>();
  files.set(DocumentKind.APPLICATION_FORM, {
    sha256: store.put(form),
    byteSize: form.length,
    contentType: 'application/pdf',
    ending: 'pdf',
  });
  for (const kind of Object.values(DocumentKind)) {
    if (files.has(kind)) continue;
    const png = cardPng(HUES[kind] ?? [120, 120, 120]);
    files.set(kind, { sha256: store.put(png), byteSize: png.length, contentType: 'image/png', ending: 'png' });
  }
  return (kind) => {
    const file = files.get(kind);
    // The loop above stored a file for every kind.
    if (!file) throw new Error(`No demo file for ${kind}`);
    return file;
  };
}
