import type { Request } from 'express';
import type { z } from 'zod';
import { Application } from '../applications/application.entity';
import { feeState } from '../applications/application.hall-events';
import { findApplicationInScope } from '../applications/application.scope';
import { submitApplication } from '../applications/application.service';
import { Document } from '../applications/document.entity';
import { PUBLIC_STATUS, progressOf, STATUS_WORDS } from '../applications/public-status';
import { kindsToUpload } from '../applications/required-documents';
import { recordFeePayment, supplementAnswered, withdraw } from '../applications/workflow.service';
import { recordAudit } from '../audit/audit.service';
import type { HallClient } from '../clients/client.entity';
import type { RequestContext } from '../core/context';
import { ApplicationStatus, Channel } from '../core/enums';
import { conflict, notFound, RequestRefused } from '../core/errors';
import { managerOf, transactionOf } from '../db/transaction';
import { attachDocument } from '../documents/document.service';
import type { ReceivedFile } from '../documents/upload';
import { CARRIER_NAMES } from '../notifications/notification.templates';
import { Office } from '../offices/office.entity';
import { progressUrl } from '../public/public-urls';
import type { ApplicationRequest, PaymentNotice } from './hall.schemas';
import type { HallAnswer } from './idempotency.service';

// What the online hall's client may do, in the request's transaction, as the applicant: hand an
// application over, send its papers, answer a supplement request, withdraw, read where the case
// is; and, as the payment platform, say a fee was paid. Each goes through the same services as the
// console (intake, runCaseAction), scoped to the client's own cases.

/** The context of a call with a token: its client is known, and so is its request. */
export type HallContext = RequestContext & { client: HallClient; req: Request };

/** A case the client handed over, by its reference number; NOT_FOUND for any other (another client's too). */
async function applicationOf(ctx: RequestContext, referenceNo: string): Promise<Application> {
  const ref = referenceNo.trim().toUpperCase().slice(0, 24);
  const em = managerOf(ctx);
  const found = await em.findOne(Application, { where: { referenceNo: ref }, select: { id: true } });
  const a = found && (await findApplicationInScope(ctx, found.id, em));
  if (!a) throw notFound('Application', ref);
  return a;
}

const documentsOf = (ctx: RequestContext, a: Application) =>
  managerOf(ctx).find(Document, { where: { applicationId: a.id } });

/** POST /applications: intake exactly as submitApplication, under the hall's own id (one case per id). */
export async function handOver(ctx: HallContext, body: z.output<typeof ApplicationRequest>): Promise<HallAnswer> {
  const em = transactionOf(ctx);
  const { hallReference, ...input } = body;
  const earlier = await em.findOne(Application, {
    where: { hallClientId: ctx.client.id, hallReference },
    select: { id: true, referenceNo: true },
  });
  if (earlier) {
    throw conflict(`hallReference ${hallReference} was handed over already, as ${earlier.referenceNo}`, {
      field: 'hallReference',
      reason: 'HALL_REFERENCE_TAKEN',
      params: { referenceNo: earlier.referenceNo },
    });
  }
  const a = await submitApplication(ctx, { ...input, channel: Channel.ONLINE }, hallReference);
  const office = await em.findOneByOrFail(Office, { id: a.officeId });
  const status = PUBLIC_STATUS[a.status];
  return {
    status: 201,
    body: {
      referenceNo: a.referenceNo,
      status,
      statusText: STATUS_WORDS.zh[status],
      office: { code: office.code, name: office.name },
      fee: feeState(a),
      missingDocumentKinds: kindsToUpload(a, []),
      progressUrl: progressUrl(ctx.config.publicBaseUrl, a.referenceNo),
    },
  };
}

/** GET /applications/{referenceNo}: where the case is, in the words the progress page uses. */
export async function stateOf(ctx: RequestContext, referenceNo: string): Promise<HallAnswer> {
  const a = await applicationOf(ctx, referenceNo);
  const [progress, documents] = await Promise.all([progressOf(managerOf(ctx), a), documentsOf(ctx, a)]);
  const status = PUBLIC_STATUS[a.status];
  const open = a.status === ApplicationStatus.AWAITING_SUPPLEMENT && a.supplement?.requestedAt;
  const mailed = a.mailing?.carrier && a.mailing.trackingNumber;
  await recordAudit(ctx, transactionOf(ctx), {
    action: 'HALL_CASE_READ',
    entityType: 'Application',
    entityId: a.id,
    detail: { referenceNo: a.referenceNo },
  });
  return {
    status: 200,
    body: {
      referenceNo: a.referenceNo,
      hallReference: a.hallReference,
      status,
      statusText: STATUS_WORDS.zh[status],
      steps: progress.steps,
      fee: feeState(a),
      missingDocumentKinds: kindsToUpload(a, documents),
      supplement: open
        ? {
            reason: a.supplement.reason,
            kinds: a.supplement.kinds,
            requestedAt: a.supplement.requestedAt.toISOString(),
            answeredAt: a.supplement.answeredAt?.toISOString() ?? null,
          }
        : null,
      mailing: mailed
        ? {
            carrier: a.mailing.carrier,
            carrierName: CARRIER_NAMES.zh[a.mailing.carrier],
            trackingNumber: a.mailing.trackingNumber,
            mailedAt: a.mailing.mailedAt?.toISOString() ?? null,
          }
        : null,
      version: a.version,
    },
  };
}

/** POST /applications/{referenceNo}/documents: the console's upload, as the applicant. */
export async function uploadPaper(ctx: RequestContext, referenceNo: string, file: ReceivedFile): Promise<HallAnswer> {
  const a = await applicationOf(ctx, referenceNo);
  const document = await attachDocument(ctx, String(a.id), file);
  return {
    status: 201,
    body: {
      documentId: String(document.id),
      kind: document.kind,
      missingDocumentKinds: kindsToUpload(a, await documentsOf(ctx, a)),
    },
  };
}

/** POST /applications/{referenceNo}/supplement: what was asked is uploaded; the officer still confirms. */
export async function answerSupplement(ctx: RequestContext, referenceNo: string): Promise<HallAnswer> {
  const a = await applicationOf(ctx, referenceNo);
  await supplementAnswered(ctx, String(a.id));
  return stateOf(ctx, referenceNo);
}

/** POST /applications/{referenceNo}/withdraw: the applicant withdraws, where the workflow allows it. */
export async function withdrawCase(ctx: RequestContext, referenceNo: string, reason: string): Promise<HallAnswer> {
  const a = await applicationOf(ctx, referenceNo);
  await withdraw(ctx, String(a.id), null, reason);
  return stateOf(ctx, referenceNo);
}

/**
 * POST /payments, its signature checked already: the fee of the case it names is paid, as
 * recordFeePayment records it. The payment platform collects for every case, whichever hall handed
 * it over: the notice reaches its case by reference number (ctx.paymentApplicationId). The same receipt
 * again is the same payment (nothing changes); a wrong amount, or another receipt for a paid fee,
 * is refused.
 */
export async function recordPayment(ctx: RequestContext, notice: z.output<typeof PaymentNotice>): Promise<HallAnswer> {
  const em = transactionOf(ctx);
  const found = await em.findOne(Application, { where: { referenceNo: notice.referenceNo.trim().toUpperCase() } });
  if (!found) throw notFound('Application', notice.referenceNo);
  const answer = (a: Application, repeated: boolean): HallAnswer => ({
    status: 200,
    body: { referenceNo: a.referenceNo, receiptNo: a.feeReceiptNo ?? notice.receiptNo, fee: feeState(a), repeated },
  });
  if (found.feePaid && found.feeReceiptNo === notice.receiptNo) {
    await recordAudit(ctx, em, {
      action: 'HALL_PAYMENT_REPEATED',
      entityType: 'Application',
      entityId: found.id,
      detail: { receiptNo: notice.receiptNo, amount: notice.amount, paidAt: notice.paidAt },
    });
    return answer(found, true);
  }
  if (Math.round(notice.amount * 100) !== Math.round(found.feeAmount * 100)) {
    throw new RequestRefused(422, `the amount ${notice.amount} is not the fee due, ${found.feeAmount}`, 'amount', {
      reason: 'PAYMENT_AMOUNT_MISMATCH',
      params: { due: found.feeAmount, paid: notice.amount },
    });
  }
  ctx.paymentApplicationId = found.id;
  const paid = await recordFeePayment(ctx, String(found.id), null, notice.receiptNo);
  return answer(paid, false);
}
