import type { Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import type { Config } from '../config';

/**
 * Headers every answer carries: a Content-Security-Policy the console runs under (scripts only
 * from this origin, no inline script; MUI's emotion injects style elements, hence inline styles),
 * framing by this origin only (the case page shows documents in an iframe), no MIME sniffing, no
 * referrer, and HSTS in production, where the server sits behind HTTPS.
 */
export function securityHeaders(config: Config): RequestHandler {
  const headers = headersSetBy(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'self'"],
          ...(config.production ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      frameguard: { action: 'sameorigin' },
      referrerPolicy: { policy: 'no-referrer' },
      strictTransportSecurity: config.production ? { maxAge: 180 * 24 * 3600, includeSubDomains: true } : false,
      // The console loads only its own resources; these would block the documents' iframe for nothing.
      crossOriginEmbedderPolicy: false,
    }),
  );
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/**
 * The headers a middleware sets on every answer alike, taken once: helmet builds its
 * Content-Security-Policy text anew for each request (its directives may depend on the request;
 * ours do not).
 */
function headersSetBy(middleware: RequestHandler): [string, string | string[]][] {
  const headers: [string, string | string[]][] = [];
  const res = {
    setHeader: (name: string, value: string | string[]) => headers.push([name, value]),
    removeHeader: () => undefined,
  };
  let called = false;
  middleware({} as Request, res as unknown as Response, () => (called = true));
  if (!called) throw new Error('the security headers middleware did not answer at once');
  return headers;
}
