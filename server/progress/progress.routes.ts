import { timingSafeEqual } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { Application } from '../applications/application.entity';
import { applicantPhone } from '../applications/application.notifications';
import { type Progress, progressOf } from '../applications/public-status';
import { shanghaiDate } from '../core/time';
import { rateLimiter } from '../limits/rate-limits';
import { applicantLanguage, type Language, requestedLanguage } from '../public/language';
import { admitPublic, escapeHtml, page, wantsJson } from '../public/public-page';

// GET /progress: an applicant follows their case with its reference number and the last four
// digits of the phone number they gave. It says where the case is in plain words, never who it
// is about nor what the check found: what would tell a record found (a sign-off, a review, a
// second document) reads as what is around it.

const sameDigits = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The page's words, in the applicant's language (`lang=en`: the link in an English text message). */
const TEXTS = {
  zh: {
    title: '办理进度查询',
    heading: '无犯罪记录证明 办理进度查询',
    reference: '受理编号',
    phone: '申请时所留手机号码后四位',
    submit: '查询',
    other: '<a href="/progress?lang=en" lang="en">English</a>',
    notFoundTitle: '未查到该申请',
    notFound: '未查到该申请：受理编号或手机号码后四位不正确。',
    tooMany: '该受理编号查询错误次数过多，请一小时后再试。',
    tooManyTitle: '请求过于频繁',
    noReference: '请填写受理编号。',
    noPhone: '请填写申请时所留手机号码的后四位数字。',
    progress: '办理进度',
    status: '当前状态',
    mailing: '寄递',
    tracking: '运单号',
    steps: '办理过程',
    again: '查询其他申请',
  },
  en: {
    title: 'Application progress',
    heading: 'Certificate of No Criminal Record: application progress',
    reference: 'Reference number',
    phone: 'Last four digits of the phone number you gave',
    submit: 'Look up',
    other: '<a href="/progress" lang="zh-CN">中文</a>',
    notFoundTitle: 'Application not found',
    notFound: 'No application found: the reference number or the phone digits are not right.',
    tooMany: 'This reference number was tried with wrong digits too often. Try again in an hour.',
    tooManyTitle: 'Too many requests',
    noReference: 'Enter the reference number.',
    noPhone: 'Enter the last four digits of the phone number you gave.',
    progress: 'Progress',
    status: 'Status',
    mailing: 'Mailing',
    tracking: 'tracking number',
    steps: 'Steps',
    again: 'Look up another application',
  },
} satisfies Record<Language, Record<string, string>>;

/** The form, its reference number filled in when the address gave one (the online hall links to it so). */
const form = (t: (typeof TEXTS)[Language], language: Language, ref = '') => `<h1>${t.heading}</h1>
<form method="get" action="/progress">${language === 'en' ? '<input type="hidden" name="lang" value="en">' : ''}
<label>${t.reference} <input name="ref" maxlength="24" required autocomplete="off" value="${escapeHtml(ref)}"></label>
<label>${t.phone} <input name="phone" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" required autocomplete="off"${ref ? ' autofocus' : ''}></label>
<button type="submit">${t.submit}</button></form><p>${t.other}</p>`;

/** 2026-11-27T02:00:00Z as 2026-11-27 10:00 (Asia/Shanghai). */
const shanghaiTime = (iso: string) => {
  const at = new Date(iso);
  return `${shanghaiDate(at)} ${new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)}`;
};

function progressPage(p: Progress, language: Language): string {
  const t = TEXTS[language];
  const steps = p.steps.map((s) => `<li>${escapeHtml(shanghaiTime(s.at))} ${escapeHtml(s.step)}</li>`).join('');
  const mail = p.mailing
    ? `<dt>${t.mailing}</dt><dd>${escapeHtml(p.mailing.carrier)} ${t.tracking} ${escapeHtml(p.mailing.trackingNumber)}</dd>`
    : '';
  const again = language === 'en' ? '/progress?lang=en' : '/progress';
  return page(
    t.progress,
    `<h1>${t.progress}</h1><dl><dt>${t.reference}</dt><dd>${escapeHtml(p.referenceNo)}</dd><dt>${t.status}</dt><dd class="ok">${escapeHtml(p.status)}</dd>${mail}</dl>
<h2>${t.steps}</h2><ol>${steps}</ol><p><a href="${again}">${t.again}</a></p>`,
    language,
  );
}

/** Wrong digits a reference number may be tried with in an hour, from any number of addresses: four digits are few. */
export const TRIES_PER_REFERENCE = { points: 10, duration: 3600 };

/** GET /progress?ref=...&phone=1234 (or the form without them). No login; counted with /verify per client address, and per reference number. */
export function progressRoutes(ds: DataSource, limiter: RateLimiterAbstract): Router {
  // Strict and case-sensitive: only /progress itself, the one path nginx logs without its query string.
  const router = Router({ strict: true, caseSensitive: true });
  const triesOfReference = rateLimiter(ds, 'progress-ref', TRIES_PER_REFERENCE);
  router.get('/progress', async (req: Request, res: Response) => {
    if (!(await admitPublic(limiter, req, res))) return;
    const json = wantsJson(req);
    const ref = String(req.query.ref ?? '')
      .trim()
      .toUpperCase()
      .slice(0, 24);
    const phone = String(req.query.phone ?? '').trim();
    // The language the address asks for; the case, once found, speaks its applicant's.
    const asked = requestedLanguage(req.query.lang);
    const t = TEXTS[asked];
    if (!phone && !json) {
      res.type('html').send(page(t.title, form(t, asked, ref), asked));
      return;
    }
    if (!ref || !/^\d{4}$/.test(phone)) {
      const field = !ref ? 'ref' : 'phone';
      const error = !ref ? t.noReference : t.noPhone;
      res.status(400);
      if (json) res.json({ error, field });
      else res.type('html').send(page(t.title, `<p class="bad">${error}</p>${form(t, asked, ref)}`, asked));
      return;
    }
    // Every try is counted before the digits are compared (parallel guesses cannot slip past the
    // limit) and given back when they match; a reference tried too often is refused whether it
    // exists or not, and with the right digits too.
    const refused = await triesOfReference.consume(ref).then(
      () => null,
      (r: unknown) => {
        if (r instanceof RateLimiterRes) return r;
        throw r;
      },
    );
    if (refused) {
      res.set('Retry-After', String(Math.max(1, Math.ceil(refused.msBeforeNext / 1000)))).status(429);
      if (json) res.json({ error: t.tooMany });
      else res.type('html').send(page(t.tooManyTitle, `<p class="bad">${t.tooMany}</p>`, asked));
      return;
    }
    const a = await ds.getRepository(Application).findOne({ where: { referenceNo: ref } });
    const given = a && applicantPhone(a);
    // A wrong reference and a wrong phone answer alike: nothing tells which reference numbers exist.
    if (!a || !given || !sameDigits(given.slice(-4), phone)) {
      res.status(404);
      if (json) res.json({ error: t.notFound });
      // The form keeps the reference as typed, for another try at the digits: the answer is the
      // same whichever reference was tried, but for the caller's own input written back.
      else
        res.type('html').send(page(t.notFoundTitle, `<p class="bad">${t.notFound}</p>${form(t, asked, ref)}`, asked));
      return;
    }
    await triesOfReference.reward(ref, 1);
    // The page speaks the applicant's language; JSON, read by software, the one it asked for.
    const language = asked === 'en' || json ? asked : applicantLanguage(a);
    const progress = await progressOf(ds.manager, a, language);
    if (json) res.json(progress);
    else res.type('html').send(progressPage(progress, language));
  });
  return router;
}
