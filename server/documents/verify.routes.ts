import { timingSafeEqual } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { Application } from '../applications/application.entity';
import { IssuedDocumentKind } from '../core/enums';
import { chineseDate, shanghaiDate } from '../core/time';
import { Office } from '../offices/office.entity';
import { admitPublic, escapeHtml, page } from '../public/public-page';
import { DOCUMENT_TITLE, maskName } from './result-document';

/** The documents' titles in English, beside the Chinese: a reader abroad (an embassy, an employer) checks them too. */
const DOCUMENT_TITLE_EN: Record<IssuedDocumentKind, string> = {
  [IssuedDocumentKind.NO_CRIMINAL_RECORD_CERTIFICATE]: 'Certificate of No Criminal Record',
  [IssuedDocumentKind.REFUSAL_NOTICE]: 'Notice of refusal to issue a Certificate of No Criminal Record',
  [IssuedDocumentKind.UNIT_RESULT_LETTER]: 'Letter on the result of a criminal record enquiry',
};

/** Whether two codes are the same, compared in constant time byte by byte (a code of other bytes is simply not the same). */
function sameCode(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The form for typing a document's number and code (the code in either case), the number kept after a miss. */
const form = (number = '') => `<form method="get" action="/verify">
<label>文书编号 Number <input name="number" maxlength="40" required autocomplete="off" value="${escapeHtml(number)}"></label>
<label>验证码 Code <input name="code" maxlength="16" required autocomplete="off" autocapitalize="characters"${number ? ' autofocus' : ''}></label>
<button type="submit">核验 Verify</button></form>`;

/** GET /verify?number=...&code=...: the public check of an issued document (a form without them). No login; rate-limited. */
export function verifyRoutes(ds: DataSource, limiter: RateLimiterAbstract): Router {
  // Strict and case-sensitive: only /verify itself, the one path nginx logs without its query string.
  const router = Router({ strict: true, caseSensitive: true });
  router.get('/verify', async (req: Request, res: Response) => {
    if (!(await admitPublic(limiter, req, res))) return;
    const number = String(req.query.number ?? '')
      .trim()
      .slice(0, 40);
    const code = String(req.query.code ?? '')
      .trim()
      .toUpperCase()
      .slice(0, 16);
    if (!number && !code) {
      res
        .type('html')
        .send(
          page('文书核验', `<h1>无犯罪记录证明 文书核验 <span lang="en">Verify a certificate</span></h1>\n${form()}`),
        );
      return;
    }
    const application =
      number && code ? await ds.getRepository(Application).findOne({ where: { issued: { number } } }) : null;
    if (!application || !sameCode(application.issued.verificationCode ?? '', code)) {
      res
        .status(404)
        .type('html')
        .send(
          page(
            '未查到该文书',
            `<h1 class="bad">未查到该文书</h1>
<p>编号或验证码不正确，或该文书已被撤销。No document with this number and code.</p>
${form(number)}`,
          ),
        );
      return;
    }
    const office = await ds.getRepository(Office).findOneByOrFail({ id: application.officeId });
    const issued = application.issued;
    const day = shanghaiDate(issued.issuedAt);
    res.type('html').send(
      page(
        '文书核验',
        `<h1 class="ok">该文书真实有效</h1><p>This document was issued as shown.</p><dl>
<dt>文书种类 <span lang="en">Document</span></dt><dd>${escapeHtml(DOCUMENT_TITLE[issued.kind])}<br><span lang="en">${DOCUMENT_TITLE_EN[issued.kind]}</span></dd>
<dt>编号 <span lang="en">Number</span></dt><dd>${escapeHtml(issued.number)}</dd>
<dt>出具单位 <span lang="en">Issued by</span></dt><dd>${escapeHtml(office.name)}</dd>
<dt>出具日期 <span lang="en">Issued on</span></dt><dd>${escapeHtml(chineseDate(day))} <span lang="en">(${day})</span></dd>
<dt>当事人 <span lang="en">Holder</span></dt><dd>${escapeHtml(maskName(application.subject.name))}</dd></dl>
<p><a href="/progress">查询办理进度</a> · <a href="/progress?lang=en" lang="en">Application progress</a></p>`,
      ),
    );
  });
  return router;
}
