import type { Request, Response } from 'express';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { addressKey } from '../limits/rate-limits';
import type { Language } from './language';

// The pages the public reaches without signing in (/verify, /progress): small HTML pages in Chinese or English,
// never cached, counted per client address by one limiter.

/** Per client address, for every public page together: enough for people, too few for guessing. */
export const PUBLIC_LIMIT = { points: 20, duration: 60 };

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function page(title: string, body: string, language: Language = 'zh'): string {
  return `<!doctype html><html lang="${language === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>body{font-family:system-ui,'Noto Sans SC',sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.4rem 1rem}dt{color:#666}.ok{color:#1b5e20}.bad{color:#b71c1c}
form{display:grid;gap:.6rem;max-width:20rem}input,button{font:inherit;padding:.4rem}ol{padding-left:1.2rem}</style></head>
<body>${body}</body></html>`;
}

/** Whether the client wants JSON rather than the page. */
export const wantsJson = (req: Request) => req.accepts(['html', 'json']) === 'json';

/**
 * Counts the request against the client's address; when the limit is spent, answers 429 (a page,
 * or JSON when asked for) and returns false. Sets the public pages' headers either way.
 */
export async function admitPublic(limiter: RateLimiterAbstract, req: Request, res: Response): Promise<boolean> {
  res.set({
    'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
  });
  const refused = await limiter.consume(addressKey(req.ip)).then(
    () => null,
    (r: unknown) => {
      if (r instanceof RateLimiterRes) return r;
      throw r;
    },
  );
  if (!refused) return true;
  res.set('Retry-After', String(Math.max(1, Math.ceil(refused.msBeforeNext / 1000))));
  res.status(429);
  if (wantsJson(req)) res.json({ error: 'Too many requests; try again in a minute.' });
  else
    res
      .type('html')
      .send(
        page(
          '请求过于频繁',
          '<h1 class="bad">请求过于频繁</h1><p>请稍后再试。Too many requests; try again in a minute.</p>',
        ),
      );
  return false;
}
