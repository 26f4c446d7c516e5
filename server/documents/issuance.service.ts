import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { IssuedDocumentRecord } from '../applications/application.columns';
import { Application } from '../applications/application.entity';
import { runCaseAction } from '../applications/workflow.service';
import { recordAudit } from '../audit/audit.service';
import type { Config } from '../config';
import { officerOf, type RequestContext } from '../core/context';
import { ApplicationStatus, CaseAction, DeliveryMethod, type IssuedDocumentKind } from '../core/enums';
import { notFound } from '../core/errors';
import { shanghaiDate } from '../core/time';
import { managerOf, transactionOf } from '../db/transaction';
import { Office } from '../offices/office.entity';
import { verifyPage, verifyUrl } from '../public/public-urls';
import { countNextNumber, lastNumber, NOT_RENDERED } from './document.queries';
import { DocumentNumberSequence } from './document-number.entity';
import { FileStore } from './file-store';
import { resultDocumentKind } from './result-document';
import { renderResultDocument } from './result-document.pdf';

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The next number of an office's year, counted and locked by one upsert in the issuing
 * transaction: a row that does not exist yet is made with 1, an existing one goes up by one and
 * stays locked until the transaction ends. (Inserting the row if missing and then locking it for
 * update deadlocks two first issues of a year on MariaDB: each holds a shared lock the other's
 * update waits for.)
 */
async function nextNumber(em: EntityManager, officeId: number, year: number): Promise<number> {
  await em.query(countNextNumber(em.connection), [officeId, year]);
  const [row] = await em.query(lastNumber(em.connection), [officeId, year]);
  return Number(row.n);
}

/** The kind of document a decided case is issued: only a decision, which sets the outcome, leads to issuing. */
function issuedKindOf(a: Application): IssuedDocumentKind {
  if (!a.outcome) throw new Error(`Case ${a.id} has no outcome to issue a document of`);
  return resultDocumentKind(a.applicantKind, a.outcome);
}

function verificationCode(): string {
  let code = '';
  // Bytes below 240 (8 × 30) map evenly onto the alphabet; the rest are drawn again.
  while (code.length < 10) {
    for (const b of randomBytes(16)) if (b < 240 && code.length < 10) code += CODE_ALPHABET[b % CODE_ALPHABET.length];
  }
  return code;
}

/**
 * Document numbers counted in memory for a bulk load. Each batch saves the position reached when
 * its numbers were given, in the order the batches commit, so the sequences never run ahead of
 * the documents stored.
 */
export class BulkNumbers {
  private readonly last = new Map<string, number>();
  constructor(rows: DocumentNumberSequence[]) {
    for (const r of rows) this.last.set(`${r.officeId}:${r.year}`, r.lastNumber);
  }

  issue(office: Office, a: Application, at: Date, issuedById: number): IssuedDocumentRecord {
    const year = Number(shanghaiDate(at).slice(0, 4));
    const key = `${office.id}:${year}`;
    const n = (this.last.get(key) ?? 0) + 1;
    this.last.set(key, n);
    return {
      kind: issuedKindOf(a),
      number: `${office.code}-${year}-${String(n).padStart(6, '0')}`,
      issuedAt: at,
      issuedById,
      verificationCode: verificationCode(),
      pdfSha256: null as unknown as string,
    };
  }

  /** The last number of every office and year so far. */
  position(): DocumentNumberSequence[] {
    return [...this.last].map(([key, lastNumber]) => {
      const [officeId, year] = key.split(':').map(Number);
      return { officeId, year, lastNumber };
    });
  }

  static async save(em: EntityManager, position: DocumentNumberSequence[]): Promise<void> {
    if (position.length) await em.upsert(DocumentNumberSequence, position, ['officeId', 'year']);
  }
}

/** Renders a result document as numbered and stores it; returns the hash it is stored under. */
async function renderAndStore(
  config: Config,
  a: Application,
  office: Office,
  record: Omit<IssuedDocumentRecord, 'pdfSha256' | 'issuedById'>,
): Promise<string> {
  const pdf = await renderResultDocument({
    application: a,
    office,
    kind: record.kind,
    number: record.number,
    issuedAt: record.issuedAt,
    verificationCode: record.verificationCode,
    verifyUrl: verifyUrl(config.publicBaseUrl, record.number, record.verificationCode),
    verifyPage: verifyPage(config.publicBaseUrl),
  });
  return new FileStore(config.filesDir).put(pdf);
}

/**
 * Numbers, renders and stores the result document of a decided case: `OFFICE-YEAR-000123`,
 * unique and gap-free per issuing office and year, with a random verification code.
 */
export async function issueResultDocument(
  config: Config,
  em: EntityManager,
  a: Application,
  now: Date,
  issuedById: number,
): Promise<IssuedDocumentRecord> {
  const office = await em.findOneByOrFail(Office, { id: a.officeId });
  const year = Number(shanghaiDate(now).slice(0, 4));
  const number = `${office.code}-${year}-${String(await nextNumber(em, office.id, year)).padStart(6, '0')}`;
  const record = {
    kind: issuedKindOf(a),
    number,
    issuedAt: now,
    verificationCode: verificationCode(),
  };
  return { ...record, issuedById, pdfSha256: await renderAndStore(config, a, office, record) };
}

/** The ISSUE action: the decided case gets its numbered result document; electronic delivery is done at once. */
export const issueDocument = (ctx: RequestContext, id: string, version: number) =>
  runCaseAction(ctx, id, version, CaseAction.ISSUE, async (a, em, now) => {
    const issued = await issueResultDocument(ctx.config, em, a, now, officerOf(ctx).id);
    const electronic = a.delivery === DeliveryMethod.ELECTRONIC;
    return {
      set: {
        status: electronic ? ApplicationStatus.DELIVERED : ApplicationStatus.ISSUED,
        issued,
        ...(electronic ? { mailing: { deliveredAt: now } as Application['mailing'] } : {}),
      },
      detail: { kind: issued.kind, number: issued.number, pdfSha256: issued.pdfSha256 },
    };
  });

/**
 * The stored PDF of an issued document. A bulk load numbers documents without rendering them;
 * such a document is rendered from its record when first asked for, kept, and audited.
 */
export async function issuedPdf(ctx: RequestContext, a: Application): Promise<string> {
  if (a.issued.pdfSha256) return a.issued.pdfSha256;
  const office = await managerOf(ctx).getRepository(Office).findOneByOrFail({ id: a.officeId });
  const rendered = await renderAndStore(ctx.config, a, office, a.issued);
  const em = transactionOf(ctx);
  const kept = await em
    .createQueryBuilder()
    .update(Application)
    .set({ issued: { pdfSha256: rendered } } as never)
    .where(NOT_RENDERED, { id: a.id, number: a.issued.number })
    .execute();
  if (kept.affected) {
    await recordAudit(ctx, em, {
      action: 'ISSUED_DOCUMENT_RENDERED',
      entityType: 'Application',
      entityId: a.id,
      detail: { number: a.issued.number, pdfSha256: rendered },
    });
    return rendered;
  }
  // Rendered meanwhile by another request, or no longer issued: what is stored now counts.
  const now = await em.findOneBy(Application, { id: a.id });
  if (!now?.issued.pdfSha256 || now.issued.number !== a.issued.number)
    throw notFound('Issued document of application', a.id);
  return now.issued.pdfSha256;
}
