import { timingSafeEqual } from 'node:crypto';
import { type Request, type Response, Router } from 'express';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { Application } from '../applications/application.entity';
import { applicantPhone } from '../applications/notifications';
import { StatusChange } from '../applications/status-change.entity';
import { ApplicationStatus, CaseAction } from '../core/enums';
import { admitPublic, escapeHtml, page, wantsJson } from '../core/public-page';
import { rateLimiter } from '../core/rate-limits';
import { shanghaiDate } from '../core/time';
import { CARRIER_NAMES } from '../notifications/notification.templates';

// GET /progress: an applicant follows their case with its reference number and the last four
// digits of the phone number they gave. It says where the case is in plain words, never who it
// is about nor what the check found: what would tell a record found (a sign-off, a review, a
// second document) reads as what is around it.

const STATUS_WORDS: Record<ApplicationStatus, string> = {
  [ApplicationStatus.SUBMITTED]: '已提交，等待受理',
  [ApplicationStatus.AWAITING_SUPPLEMENT]: '需要补充材料',
  [ApplicationStatus.ACCEPTED]: '已受理，正在审查',
  [ApplicationStatus.UNDER_INVESTIGATION]: '已受理，正在审查',
  [ApplicationStatus.PENDING_SIGNOFF]: '已受理，正在审查',
  [ApplicationStatus.DECIDED]: '审查完毕，等待出具证明文书',
  [ApplicationStatus.ISSUED]: '证明文书已出具',
  [ApplicationStatus.MAILED]: '证明文书已寄出',
  [ApplicationStatus.DELIVERED]: '已办结，证明文书已送达',
  [ApplicationStatus.NOT_ACCEPTED]: '不予受理',
  [ApplicationStatus.WITHDRAWN]: '已撤回',
  // Only a record found is reviewed: a review reads as the delivered case it began from.
  [ApplicationStatus.UNDER_REVIEW]: '已办结，证明文书已送达',
};

/** The steps shown, by the action that took them; a decision however it was reached. Others (investigation, sign-off, review) are not shown. */
const STEP_WORDS: Partial<Record<CaseAction | 'SUBMIT', string>> = {
  SUBMIT: '提交申请',
  [CaseAction.ACCEPT]: '受理',
  [CaseAction.NOT_ACCEPT]: '不予受理',
  [CaseAction.REQUEST_SUPPLEMENT]: '通知补充材料',
  [CaseAction.SUPPLEMENT_RECEIVED]: '材料已补齐',
  [CaseAction.TRANSFER]: '移交其他单位办理',
  [CaseAction.ISSUE]: '出具证明文书',
  [CaseAction.RECORD_MAILING]: '寄出证明文书',
  [CaseAction.RECORD_DELIVERY]: '证明文书送达',
  [CaseAction.WITHDRAW]: '撤回申请',
};
const DECIDED_WORDS = '审查完毕';

export interface Progress {
  referenceNo: string;
  status: string;
  steps: { step: string; at: string }[];
  mailing: { carrier: string; trackingNumber: string; mailedAt: string | null } | null;
}

const sameDigits = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const FORM = `<h1>无犯罪记录证明 办理进度查询</h1>
<form method="get" action="/progress">
<label>受理编号 <input name="ref" maxlength="24" required autocomplete="off"></label>
<label>申请时所留手机号码后四位 <input name="phone" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" required autocomplete="off"></label>
<button type="submit">查询</button></form>`;

const NOT_FOUND = '未查到该申请：受理编号或手机号码后四位不正确。';
const TOO_MANY_TRIES = '该受理编号查询错误次数过多，请一小时后再试。';

async function progressOf(ds: DataSource, a: Application): Promise<Progress> {
  const changes = await ds.getRepository(StatusChange).find({ where: { applicationId: a.id }, order: { at: 'ASC', id: 'ASC' } });
  const steps: Progress['steps'] = [];
  for (const c of changes) {
    const words = c.toStatus === ApplicationStatus.DECIDED && c.fromStatus !== ApplicationStatus.DECIDED ? DECIDED_WORDS : STEP_WORDS[c.action];
    // Each step once, as first taken: a decision and a document again would tell of a review.
    if (words && !steps.some((s) => s.step === words)) steps.push({ step: words, at: c.at.toISOString() });
  }
  const mailed = a.mailing?.carrier && a.mailing.trackingNumber;
  return {
    referenceNo: a.referenceNo,
    status: STATUS_WORDS[a.status],
    steps,
    mailing: mailed
      ? { carrier: CARRIER_NAMES[a.mailing.carrier], trackingNumber: a.mailing.trackingNumber, mailedAt: a.mailing.mailedAt?.toISOString() ?? null }
      : null,
  };
}

/** 2026-11-27T02:00:00Z as 2026-11-27 10:00 (Asia/Shanghai). */
const shanghaiTime = (iso: string) => {
  const at = new Date(iso);
  return `${shanghaiDate(at)} ${new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)}`;
};

function progressPage(p: Progress): string {
  const steps = p.steps.map((s) => `<li>${escapeHtml(shanghaiTime(s.at))} ${escapeHtml(s.step)}</li>`).join('');
  const mail = p.mailing ? `<dt>寄递</dt><dd>${escapeHtml(p.mailing.carrier)} 运单号 ${escapeHtml(p.mailing.trackingNumber)}</dd>` : '';
  return page(
    '办理进度',
    `<h1>办理进度</h1><dl><dt>受理编号</dt><dd>${escapeHtml(p.referenceNo)}</dd><dt>当前状态</dt><dd class="ok">${escapeHtml(p.status)}</dd>${mail}</dl>
<h2>办理过程</h2><ol>${steps}</ol><p><a href="/progress">查询其他申请</a></p>`,
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
    if (!ref && !phone && !json) {
      res.type('html').send(page('办理进度查询', FORM));
      return;
    }
    if (!ref || !/^\d{4}$/.test(phone)) {
      const field = !ref ? 'ref' : 'phone';
      const error = !ref ? '请填写受理编号。' : '请填写申请时所留手机号码的后四位数字。';
      res.status(400);
      if (json) res.json({ error, field });
      else res.type('html').send(page('办理进度查询', `<p class="bad">${error}</p>${FORM}`));
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
      if (json) res.json({ error: TOO_MANY_TRIES });
      else res.type('html').send(page('请求过于频繁', `<p class="bad">${TOO_MANY_TRIES}</p>`));
      return;
    }
    const a = await ds.getRepository(Application).findOne({ where: { referenceNo: ref } });
    const given = a && applicantPhone(a);
    // A wrong reference and a wrong phone answer alike: nothing tells which reference numbers exist.
    if (!a || !given || !sameDigits(given.slice(-4), phone)) {
      res.status(404);
      if (json) res.json({ error: NOT_FOUND });
      else res.type('html').send(page('未查到该申请', `<p class="bad">${NOT_FOUND}</p>${FORM}`));
      return;
    }
    await triesOfReference.reward(ref, 1);
    const progress = await progressOf(ds, a);
    if (json) res.json(progress);
    else res.type('html').send(progressPage(progress));
  });
  return router;
}
