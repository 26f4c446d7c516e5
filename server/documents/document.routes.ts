import { Router, type NextFunction, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { RequestContext } from '../core/context';
import { restError, unauthenticated } from '../core/errors';
import { checkId } from '../core/input-limits';
import { createRequestContext } from '../context/request-context';
import { attachDocument, openDocument, openIssuedPdf } from './document.service';
import { FileStore } from './file-store';
import { receiveUpload, UploadRefused } from './upload';

type Handler = (ctx: RequestContext, req: Request, res: Response) => Promise<void>;

/** Signed-in officers only; errors as JSON with a clear status, never a stack trace. */
function officerRoute(ds: DataSource, config: Config, handler: Handler) {
  return async (req: Request, res: Response, _next: NextFunction) => {
    try {
      const ctx = await createRequestContext(ds, config, req, res);
      if (!ctx.officer) throw unauthenticated();
      // Every parameter of these paths is an id.
      for (const [name, value] of Object.entries(req.params)) checkId(value, name);
      await handler(ctx, req, res);
    } catch (error) {
      if (error instanceof UploadRefused) {
        // The rest of a refused body is not read: close the connection rather than drain it.
        if (!req.complete) res.set('Connection', 'close');
        res.status(error.status).json({ error: error.message, field: error.field });
        return;
      }
      const { status, body } = restError(error);
      res.status(status).json(body);
    }
  };
}

const contentDisposition = (fileName: string) => `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** Uploads, downloads of documents and issued PDFs: beside /graphql, scoped and audited. */
export function documentRoutes(ds: DataSource, config: Config): Router {
  const router = Router();
  router.post(
    '/applications/:id/documents',
    officerRoute(ds, config, async (ctx, req, res) => {
      const file = await receiveUpload(req, new FileStore(config.filesDir), config.uploadIdleMs);
      const document = await attachDocument(ctx, String(req.params.id), file);
      res.status(201).json({
        id: String(document.id),
        kind: document.kind,
        fileName: document.fileName,
        contentType: document.contentType,
        byteSize: document.byteSize,
        sha256: document.sha256,
        status: document.status,
        contentUrl: document.contentUrl,
      });
    }),
  );
  router.get(
    '/documents/:id/content',
    officerRoute(ds, config, async (ctx, req, res) => {
      const { document, path } = await openDocument(ctx, String(req.params.id));
      res.set({
        'Content-Type': document.contentType,
        'Content-Disposition': contentDisposition(document.fileName),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.sendFile(path);
    }),
  );
  router.get(
    '/applications/:id/issued-document.pdf',
    officerRoute(ds, config, async (ctx, req, res) => {
      const { number, path } = await openIssuedPdf(ctx, String(req.params.id));
      res.set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': contentDisposition(`${number}.pdf`),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.sendFile(path);
    }),
  );
  return router;
}
