import fs from 'node:fs';
import { findApplicationInScope } from '../applications/application.scope';
import { Document, FILE_NAME_LENGTH } from '../applications/document.entity';
import { runCaseAction } from '../applications/workflow.service';
import { recordAudit } from '../audit/audit.service';
import { officerOf, type RequestContext } from '../core/context';
import { CaseAction, DocumentStatus } from '../core/enums';
import { badInput, notFound } from '../core/errors';
import { managerOf, transactionOf } from '../db/transaction';
import { FileStore } from './file-store';
import { issuedPdf } from './issuance.service';
import type { ReceivedFile } from './upload';

/** Marks a document VERIFIED or REJECTED (a rejection says why); the case's version moves on. */
export async function verifyDocument(
  ctx: RequestContext,
  id: string,
  status: DocumentStatus,
  note: string | null,
): Promise<Document> {
  const document = await managerOf(ctx)
    .getRepository(Document)
    .findOneBy({ id: Number(id) || -1 });
  if (!document || !(await findApplicationInScope(ctx, document.applicationId))) throw notFound('Document', id);
  const why = note?.trim() || null;
  if (status === DocumentStatus.REJECTED && !why) throw badInput('note', 'say why the document is rejected');
  await runCaseAction(ctx, String(document.applicationId), null, CaseAction.VERIFY_DOCUMENTS, async (_a, em, now) => {
    const verified = status !== DocumentStatus.PENDING;
    await em.update(
      Document,
      { id: document.id },
      {
        status,
        note: why,
        verifiedAt: verified ? now : null,
        verifiedById: verified ? officerOf(ctx).id : null,
      },
    );
    return {
      set: {},
      detail: { documentId: document.id, kind: document.kind, from: document.status, to: status, note: why },
    };
  });
  return managerOf(ctx).getRepository(Document).findOneByOrFail({ id: document.id });
}

/** Records an uploaded file as a document of the case, moving it into the store within the same transaction. */
export async function attachDocument(
  ctx: RequestContext,
  applicationId: string,
  file: ReceivedFile,
): Promise<Document> {
  let document: Document | undefined;
  // The name as the column keeps it, in the row and in the audit event alike.
  const fileName = file.fileName.slice(0, FILE_NAME_LENGTH);
  try {
    await runCaseAction(ctx, applicationId, null, CaseAction.UPLOAD_DOCUMENT, async (_a, em, now) => {
      document = await em.save(
        em.create(Document, {
          applicationId: Number(applicationId),
          kind: file.kind,
          fileName,
          contentType: file.contentType,
          byteSize: file.byteSize,
          sha256: file.sha256,
          status: DocumentStatus.PENDING,
          uploadedAt: now,
        }),
      );
      // The file goes into storage before the row commits: a crash may leave a file without a row
      // (harmless, content-addressed), never a row without its file.
      new FileStore(ctx.config.filesDir).commit(file.tempPath, file.sha256);
      return {
        set: {},
        detail: { documentId: document.id, kind: file.kind, fileName, sha256: file.sha256, byteSize: file.byteSize },
      };
    });
  } catch (error) {
    fs.rmSync(file.tempPath, { force: true });
    throw error;
  }
  // runCaseAction resolves only after running the compute above, which sets it.
  if (!document) throw new Error('The upload action finished without saving its document');
  return document;
}

/** The stored file of a case, audited as read before it is handed out; NOT_FOUND (naming `what`) when it is missing. */
async function auditedFile(
  ctx: RequestContext,
  sha256: string,
  what: string,
  id: string,
  event: { action: string; applicationId: number; detail: Record<string, unknown> },
): Promise<string> {
  const path = new FileStore(ctx.config.filesDir).pathOf(sha256);
  if (!fs.existsSync(path)) throw notFound(what, id);
  await recordAudit(ctx, transactionOf(ctx), {
    action: event.action,
    entityType: 'Application',
    entityId: event.applicationId,
    detail: event.detail,
  });
  return path;
}

/** Where a document's bytes are, for an officer in scope; the download is audited. */
export async function openDocument(ctx: RequestContext, id: string): Promise<{ document: Document; path: string }> {
  const document = await managerOf(ctx)
    .getRepository(Document)
    .findOneBy({ id: Number(id) || -1 });
  if (!document || !(await findApplicationInScope(ctx, document.applicationId))) throw notFound('Document', id);
  const path = await auditedFile(ctx, document.sha256, 'Content of document', id, {
    action: 'DOCUMENT_DOWNLOADED',
    applicationId: document.applicationId,
    detail: { documentId: document.id, kind: document.kind },
  });
  return { document, path };
}

/** The issued result document's PDF, for an officer in scope; the download is audited. */
export async function openIssuedPdf(
  ctx: RequestContext,
  applicationId: string,
): Promise<{ number: string; path: string }> {
  const application = await findApplicationInScope(ctx, applicationId);
  if (!application?.issued.number) throw notFound('Issued document of application', applicationId);
  const path = await auditedFile(
    ctx,
    await issuedPdf(ctx, application),
    'PDF of the issued document of application',
    applicationId,
    {
      action: 'ISSUED_DOCUMENT_DOWNLOADED',
      applicationId: application.id,
      detail: { number: application.issued.number },
    },
  );
  return { number: application.issued.number, path };
}
