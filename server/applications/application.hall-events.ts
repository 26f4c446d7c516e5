import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import type { AuditEvent } from '../audit/audit-event.entity';
import { HallClient } from '../clients/client.entity';
import type { RequestContext } from '../core/context';
import { ApplicationStatus, CaseAction, DeliveryMethod, Role } from '../core/enums';
import { forbidden, invalidTransition, notFound } from '../core/errors';
import { transactionOf } from '../db/transaction';
import { HallEvent, HallEventStatus } from '../hall-events/hall-event.entity';
import { queueHallEvent, requeueHallEvent } from '../hall-events/hall-event.service';
import type { Application } from './application.entity';
import { findApplicationInScope } from './application.scope';
import { PUBLIC_STATUS, STATUS_WORDS } from './public-status';

// What the online hall hears of a case it handed over: an event for each step the applicant sees
// (the public status changes, a supplement is asked or answered, the fee is paid, the document is
// issued or mailed), written with the change (see runCaseAction) and posted by the hall-events worker.

/** The hall's event of each action; a decision however it is reached. */
const EVENT_OF: Partial<Record<CaseAction, string>> = {
  [CaseAction.ACCEPT]: 'ACCEPTED',
  [CaseAction.NOT_ACCEPT]: 'NOT_ACCEPTED',
  [CaseAction.REQUEST_SUPPLEMENT]: 'SUPPLEMENT_REQUESTED',
  [CaseAction.SUPPLEMENT_RECEIVED]: 'SUPPLEMENT_RECEIVED',
  [CaseAction.RECORD_FEE_PAYMENT]: 'FEE_PAID',
  [CaseAction.ISSUE]: 'ISSUED',
  [CaseAction.RECORD_MAILING]: 'MAILED',
  [CaseAction.RECORD_DELIVERY]: 'DELIVERED',
  [CaseAction.WITHDRAW]: 'WITHDRAWN',
  [CaseAction.TRANSFER]: 'TRANSFERRED',
};

/** What the hall hears of `action` taking a case from `before` to `after`; null for what the applicant does not see. */
export function hallEventOf(action: CaseAction, before: Application, after: Application): string | null {
  if (after.status === ApplicationStatus.DECIDED && before.status !== ApplicationStatus.DECIDED) return 'DECIDED';
  const event = EVENT_OF[action];
  // A review (of a record found) is not told of, nor what it leads to short of a new decision.
  if (!event || before.status === ApplicationStatus.UNDER_REVIEW) return null;
  return event;
}

/** The fee as the hall shows it: what is due, whether paid, and whether it can be paid now (once decided). */
export const feeState = (a: Application) => ({
  amount: a.feeAmount,
  paid: a.feePaid,
  payable: a.feeAmount > 0 && !a.feePaid && a.status === ApplicationStatus.DECIDED,
});

/** In the change's transaction: the hall's event of the step, if the case came from a hall and the applicant sees the step. */
export async function tellHall(
  em: EntityManager,
  action: CaseAction,
  before: Application,
  after: Application,
  audit: AuditEvent,
): Promise<void> {
  const clientId = after.hallClientId;
  const event = clientId != null ? hallEventOf(action, before, after) : null;
  if (clientId == null || !event) return;
  const client = await em.findOneBy(HallClient, { id: clientId });
  if (!client) return;
  const status = PUBLIC_STATUS[after.status];
  await queueHallEvent(em, client, {
    applicationId: after.id,
    auditEventId: audit.id,
    event,
    body: (id) => ({
      id: String(id),
      event,
      referenceNo: after.referenceNo,
      hallReference: after.hallReference,
      status,
      statusText: STATUS_WORDS.zh[status],
      at: audit.at.toISOString(),
      fee: feeState(after),
      ...(event === 'SUPPLEMENT_REQUESTED'
        ? { supplement: { reason: after.supplement.reason, kinds: after.supplement.kinds } }
        : {}),
      ...(event === 'ISSUED'
        ? { document: { number: after.issued.number, electronic: after.delivery === DeliveryMethod.ELECTRONIC } }
        : {}),
      ...(event === 'MAILED'
        ? { mailing: { carrier: after.mailing.carrier, trackingNumber: after.mailing.trackingNumber } }
        : {}),
      ...(event === 'NOT_ACCEPTED' || event === 'WITHDRAWN' ? { reason: after.statusReason } : {}),
    }),
  });
}

/** resendHallEvent: a FAILED callback of a case in scope goes back to PENDING; audited. */
export async function resendHallEvent(ctx: RequestContext, id: string): Promise<HallEvent> {
  if (ctx.officer?.role === Role.ADMIN) throw forbidden('administrators work no case');
  const em = transactionOf(ctx);
  const event = Number.isInteger(Number(id)) ? await em.findOneBy(HallEvent, { id: Number(id) }) : null;
  // A callback of a case out of scope is not there, as the case is not.
  if (!event || !(await findApplicationInScope(ctx, event.applicationId, em))) throw notFound('HallEvent', id);
  if (event.status !== HallEventStatus.FAILED)
    throw invalidTransition(`Only a FAILED callback can be sent again; this one is ${event.status}`);
  await recordAudit(ctx, em, {
    action: 'RESEND_HALL_EVENT',
    entityType: 'Application',
    entityId: event.applicationId,
    detail: { hallEventId: event.id, event: event.event, attempts: event.attempts, lastError: event.lastError },
  });
  return requeueHallEvent(em, event);
}
