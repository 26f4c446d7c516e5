import fs from 'node:fs';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Application } from '../applications/application.entity';
import { IssuedDocumentKind, Outcome } from '../core/enums';
import { chineseDate, shanghaiDate } from '../core/time';
import type { Office } from '../offices/office.entity';
import { DOCUMENT_TITLE, holderDescription, PURPOSE_LABEL } from './result-document';

// The CJK font comes from a registry package (Noto Sans SC, SIL Open Font License).
const FONT_DIR = require.resolve('@expo-google-fonts/noto-sans-sc/package.json').replace(/package\.json$/, '');
let fonts: { regular: Buffer; bold: Buffer } | null = null;
export const loadFonts = () =>
  (fonts ??= {
    regular: fs.readFileSync(`${FONT_DIR}400Regular/NotoSansSC_400Regular.ttf`),
    bold: fs.readFileSync(`${FONT_DIR}700Bold/NotoSansSC_700Bold.ttf`),
  });

// Parsing a CJK font is most of a document's rendering time: parsed once, used by every document
// (pdfkit takes a fontkit font as it takes the file, and subsets it per document).
let parsed: { regular: fontkit.Font; bold: fontkit.Font } | null = null;
const parsedFonts = () => {
  if (!parsed) {
    const { regular, bold } = loadFonts();
    parsed = { regular: fontkit.create(regular) as fontkit.Font, bold: fontkit.create(bold) as fontkit.Font };
  }
  return parsed;
};

export interface ResultDocumentData {
  application: Application;
  office: Office;
  kind: IssuedDocumentKind;
  number: string;
  issuedAt: Date;
  verificationCode: string;
  /** What the QR code holds: the verification page with the number and code filled in. */
  verifyUrl: string;
  /** The verification page itself, printed for a reader to type the number and code into. */
  verifyPage: string;
}

function resultWording(d: ResultDocumentData, who: string): string[] {
  const a = d.application;
  const today = chineseDate(shanghaiDate(d.issuedAt));
  switch (d.kind) {
    case IssuedDocumentKind.NO_CRIMINAL_RECORD_CERTIFICATE:
      return [`兹证明，${who}，截至${today}，在全国违法犯罪人员信息系统中未发现有犯罪记录。`];
    case IssuedDocumentKind.REFUSAL_NOTICE:
      return [
        `经查询，${who}有犯罪记录。根据《公安机关办理犯罪记录查询工作规定》，不予出具无犯罪记录证明。`,
        '当事人对查询结果有异议的，可以自收到本告知书之日起向本机关申请复核，本机关将在十五个工作日内作出答复。',
      ];
    case IssuedDocumentKind.UNIT_RESULT_LETTER:
      return [
        `${a.unit.name}：`,
        `你单位于${chineseDate(shanghaiDate(a.submittedAt))}申请查询${who}的犯罪记录。`,
        // A sealed juvenile record reads as no record to a unit.
        a.outcome === Outcome.RECORD_FOUND ? '经查询，该人员有犯罪记录。' : '经查询，未发现该人员有犯罪记录。',
      ];
  }
}

/**
 * The QR code of `text` drawn as squares, one quiet module around it: sharp at any print size, and
 * without a PNG written and read back by every document (that took about a third of issuing one).
 */
function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, width: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const module = width / (modules.size + 2);
  for (let row = 0; row < modules.size; row++) {
    // A run of dark modules in a row is one rectangle: no hairlines between neighbours in a viewer.
    for (let column = 0; column < modules.size; ) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column++;
      doc.rect(x + (start + 1) * module, y + (row + 1) * module, (column - start) * module, module);
    }
  }
  doc.fill('black');
}

/** Renders the numbered result document as a PDF in Chinese, with a QR code of its verification address. */
export async function renderResultDocument(d: ResultDocumentData): Promise<Buffer> {
  const { regular, bold } = parsedFonts();
  const doc = new PDFDocument({
    // No default font: pdfkit would parse Helvetica's metrics for every document, and none of its text is in Helvetica.
    font: null as never,
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 80, right: 80 },
    info: { Title: DOCUMENT_TITLE[d.kind], Author: d.office.name },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('regular', regular as never);
  doc.registerFont('bold', bold as never);

  const a = d.application;
  const who = holderDescription(a.subject);
  doc.font('bold').fontSize(24).text(DOCUMENT_TITLE[d.kind], { align: 'center' });
  doc.moveDown(0.5).font('regular').fontSize(11).text(`编号：${d.number}`, { align: 'right' });
  doc.moveDown(1.5).fontSize(14);
  for (const paragraph of resultWording(d, who))
    doc.text(paragraph, { lineGap: 6, indent: paragraph.endsWith('：') ? 0 : 28 }).moveDown(0.5);
  doc
    .moveDown(0.5)
    .fontSize(12)
    .text(`查询用途：${PURPOSE_LABEL[a.purpose]}${a.destinationCountry ? `（前往${a.destinationCountry}）` : ''}`);
  doc.text(`受理编号：${a.referenceNo}`);
  doc.moveDown(3).fontSize(14).text(d.office.name, { align: 'right' });
  doc.text(chineseDate(shanghaiDate(d.issuedAt)), { align: 'right' });

  const qrY = doc.page.height - 72 - 130;
  drawQrCode(doc, d.verifyUrl, 80, qrY, 110);
  // The address, the number and the code each on a line of its own: a long address with the number
  // in it broke at the number's hyphen, and failed when copied from the PDF.
  doc
    .fontSize(9)
    .text('扫描二维码，或访问以下地址输入文书编号和验证码，核验本文书真伪：', 200, qrY + 10, { width: 320 });
  doc.moveDown(0.3).text(`核验地址：${d.verifyPage}`, { width: 320, lineBreak: false });
  doc.text(`文书编号：${d.number}`, { width: 320, lineBreak: false });
  doc.text(`验证码：${d.verificationCode}`, { width: 320, lineBreak: false });
  doc.end();
  return done;
}
