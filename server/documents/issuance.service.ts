import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Application } from '../applications/application.entity';
import type { IssuedDocumentRecord } from '../applications/application-records';
import type { Config } from '../config';
import { isMysqlFamily } from '../core/dialect';
import { shanghaiDate } from '../core/time';
import { Office } from '../offices/office.entity';
import { DocumentNumberSequence } from './document-number.entity';
import { FileStore } from './file-store';
import { resultDocumentKind } from './result-document';
import { renderResultDocument } from './result-document.pdf';

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** The next number of an office's year, taken under a row lock of the issuing transaction. */
async function nextNumber(em: EntityManager, officeId: number, year: number): Promise<number> {
  await em.createQueryBuilder().insert().into(DocumentNumberSequence)
    .values({ officeId, year, lastNumber: 0 }).orIgnore().execute();
  const lock = isMysqlFamily(em.connection) ? { mode: 'pessimistic_write' as const } : undefined;
  const row = await em.findOneOrFail(DocumentNumberSequence, { where: { officeId, year }, lock });
  await em.update(DocumentNumberSequence, { officeId, year }, { lastNumber: row.lastNumber + 1 });
  return row.lastNumber + 1;
}

export function verifyUrl(baseUrl: string, number: string, code: string): string {
  return `${baseUrl}/verify?number=${encodeURIComponent(number)}&code=${code}`;
}

/**
 * Numbers, renders and stores the result document of a decided case: `OFFICE-YEAR-000123`,
 * unique and gap-free per issuing office and year, with a random verification code.
 */
export async function issueResultDocument(config: Config, em: EntityManager, a: Application, now: Date, issuedById: number): Promise<IssuedDocumentRecord> {
  const office = await em.findOneByOrFail(Office, { id: a.officeId });
  const year = Number(shanghaiDate(now).slice(0, 4));
  const number = `${office.code}-${year}-${String(await nextNumber(em, office.id, year)).padStart(6, '0')}`;
  let verificationCode = '';
  for (let i = 0; i < 10; i++) verificationCode += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  const kind = resultDocumentKind(a.applicantKind, a.outcome!);
  const pdf = await renderResultDocument({
    application: a, office, kind, number, issuedAt: now, verificationCode,
    verifyUrl: verifyUrl(config.publicBaseUrl, number, verificationCode),
  });
  const pdfSha256 = new FileStore(config.filesDir).put(pdf);
  return { kind, number, issuedAt: now, issuedById, verificationCode, pdfSha256 };
}
