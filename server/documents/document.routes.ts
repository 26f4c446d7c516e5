import { type Response, Router } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { restRoute } from '../http/rest-route';
import { attachDocument, openDocument, openIssuedPdf } from './document.service';
import { FileStore } from './file-store';
import { receiveUpload } from './upload';

const contentDisposition = (fileName: string) => `inline; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** A stored file sent as it is, never cached by the browser. */
const sendStored = (path: string, contentType: string, fileName: string) => (res: Response) =>
  res
    .set({
      'Content-Type': contentType,
      'Content-Disposition': contentDisposition(fileName),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    })
    .sendFile(path);

/** Uploads, downloads of documents and issued PDFs: beside /graphql, scoped and audited. */
export function documentRoutes(ds: DataSource, config: Config): Router {
  const router = Router();
  router.post(
    '/applications/:id/documents',
    restRoute(ds, config, {
      // The file is received before the transaction opens: a slow upload holds no transaction.
      read: async (_ctx, req) => ({
        id: String(req.params.id),
        file: await receiveUpload(req, new FileStore(config.filesDir), config.uploadIdleMs),
      }),
      write: async (ctx, { id, file }) => {
        const document = await attachDocument(ctx, id, file);
        return (res) =>
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
      },
    }),
  );
  router.get(
    '/documents/:id/content',
    restRoute(ds, config, {
      read: async (_ctx, req) => String(req.params.id),
      write: async (ctx, id) => {
        const { document, path } = await openDocument(ctx, id);
        return sendStored(path, document.contentType, document.fileName);
      },
    }),
  );
  router.get(
    '/applications/:id/issued-document.pdf',
    restRoute(ds, config, {
      read: async (_ctx, req) => String(req.params.id),
      write: async (ctx, id) => {
        const { number, path } = await openIssuedPdf(ctx, id);
        return sendStored(path, 'application/pdf', `${number}.pdf`);
      },
    }),
  );
  return router;
}
