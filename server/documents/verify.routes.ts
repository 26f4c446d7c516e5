import { timingSafeEqual } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { Application } from '../applications/application.entity';
import { rateLimiter } from '../core/rate-limits';
import { shanghaiDate } from '../core/time';
import { Office } from '../offices/office.entity';
import { chineseDate, DOCUMENT_TITLE, maskName } from './result-document';

/** Per client address: enough for people checking documents, too few for guessing codes. */
export const VERIFY_LIMIT = { points: 20, duration: 60 };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>body{font-family:system-ui,'Noto Sans SC',sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem 1rem}dt{color:#666}.ok{color:#1b5e20}.bad{color:#b71c1c}</style></head>
<body>${body}</body></html>`;
}

const sameCode = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** GET /verify?number=...&code=...: the public check of an issued document. No login; rate-limited. */
export function verifyRoutes(ds: DataSource): Router {
  const router = Router();
  const limiter = rateLimiter(ds, 'verify', VERIFY_LIMIT);
  router.get('/verify', async (req: Request, res: Response) => {
    res.set({ 'Cache-Control': 'no-store', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'" });
    const refused = await limiter.consume(req.ip ?? 'unknown').then(
      () => null,
      (r: unknown) => {
        if (r instanceof RateLimiterRes) return r;
        throw r;
      },
    );
    if (refused) {
      res.set('Retry-After', String(Math.max(1, Math.ceil(refused.msBeforeNext / 1000))));
      res
        .status(429)
        .type('html')
        .send(page('请求过于频繁', '<h1 class="bad">请求过于频繁</h1><p>请稍后再试。Too many requests; try again in a minute.</p>'));
      return;
    }
    const number = String(req.query.number ?? '')
      .trim()
      .slice(0, 40);
    const code = String(req.query.code ?? '')
      .trim()
      .toUpperCase()
      .slice(0, 16);
    const application = number && code ? await ds.getRepository(Application).findOne({ where: { issued: { number } } }) : null;
    if (!application || !sameCode(application.issued.verificationCode ?? '', code)) {
      res
        .status(404)
        .type('html')
        .send(
          page(
            '未查到该文书',
            `<h1 class="bad">未查到该文书</h1>
<p>编号或验证码不正确，或该文书已被撤销。No document with this number and code.</p>`,
          ),
        );
      return;
    }
    const office = await ds.getRepository(Office).findOneByOrFail({ id: application.officeId });
    const issued = application.issued;
    res.type('html').send(
      page(
        '文书核验',
        `<h1 class="ok">该文书真实有效</h1><p>This document was issued as shown.</p><dl>
<dt>文书种类</dt><dd>${escapeHtml(DOCUMENT_TITLE[issued.kind])}</dd>
<dt>编号</dt><dd>${escapeHtml(issued.number)}</dd>
<dt>出具单位</dt><dd>${escapeHtml(office.name)}</dd>
<dt>出具日期</dt><dd>${escapeHtml(chineseDate(shanghaiDate(issued.issuedAt)))}</dd>
<dt>当事人</dt><dd>${escapeHtml(maskName(application.subject.name))}</dd></dl>`,
      ),
    );
  });
  return router;
}
