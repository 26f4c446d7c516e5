import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { officerOf, type RequestContext } from '../core/context';
import {
  ApplicantKind,
  ApplicationStatus,
  CaseAction,
  NotificationEvent,
  NotificationStatus,
  Role,
} from '../core/enums';
import { forbidden, invalidTransition, notFound } from '../core/errors';
import { shanghaiDate } from '../core/time';
import { transactionOf } from '../db/transaction';
import { Notification } from '../notifications/notification.entity';
import { queueNotification, requeueNotification } from '../notifications/notification.service';
import { messageOf } from '../notifications/notification.templates';
import { Office } from '../offices/office.entity';
import { applicantLanguage } from '../public/language';
import { progressUrl, verifyUrl } from '../public/public-urls';
import type { Application } from './application.entity';
import { findApplicationInScope } from './application.scope';

// What the applicant hears of their case: a text message for each step they should know of,
// written with the change (see runCaseAction), and sent again on an officer's word.

/** The steps an applicant is told of, by the action that takes them; a decision however it is reached. */
const EVENT_OF: Partial<Record<CaseAction, NotificationEvent>> = {
  [CaseAction.ACCEPT]: NotificationEvent.ACCEPTED,
  [CaseAction.NOT_ACCEPT]: NotificationEvent.NOT_ACCEPTED,
  [CaseAction.REQUEST_SUPPLEMENT]: NotificationEvent.SUPPLEMENT_REQUESTED,
  [CaseAction.ISSUE]: NotificationEvent.ISSUED,
  [CaseAction.RECORD_MAILING]: NotificationEvent.MAILED,
  [CaseAction.RECORD_DELIVERY]: NotificationEvent.DELIVERED,
  [CaseAction.WITHDRAW]: NotificationEvent.WITHDRAWN,
};

function eventOf(action: CaseAction, from: ApplicationStatus, to: ApplicationStatus): NotificationEvent | null {
  // Decided at once, on sign-off, or anew by a review; a decision waiting for sign-off is not news yet.
  if (to === ApplicationStatus.DECIDED && from !== ApplicationStatus.DECIDED) return NotificationEvent.DECIDED;
  return EVENT_OF[action] ?? null;
}

/** Who applied and so hears of the case: the agent of an entrusted case, a unit's contact, else the subject; the mailing phone failing those. */
export function applicantPhone(a: Application): string | null {
  const own = a.entrusted
    ? a.agent?.phone
    : a.applicantKind === ApplicantKind.UNIT
      ? a.unit?.contactPhone
      : a.subject?.phone;
  return own || a.mailingAddress?.phone || null;
}

/** In the change's transaction: the message for the step `action` took the case to, if the applicant is told of it and gave a phone. */
export async function notifyApplicant(
  ctx: RequestContext,
  em: EntityManager,
  action: CaseAction,
  before: Application,
  after: Application,
): Promise<void> {
  const event = eventOf(action, before.status, after.status);
  const recipient = event && applicantPhone(after);
  if (!event || !recipient) return;
  const office = await em.findOneOrFail(Office, { where: { id: after.officeId }, select: { id: true, name: true } });
  const base = ctx.config.publicBaseUrl;
  const language = applicantLanguage(after);
  const text = messageOf({
    event,
    language,
    referenceNo: after.referenceNo,
    officeName: office.name,
    progressUrl: progressUrl(base, undefined, language),
    delivery: after.delivery,
    dueDate: after.dueAt ? shanghaiDate(after.dueAt) : null,
    reason: after.statusReason,
    missingDocuments: after.supplement?.kinds ?? [],
    verifyUrl:
      after.issued?.number && after.issued.verificationCode
        ? verifyUrl(base, after.issued.number, after.issued.verificationCode)
        : null,
    carrier: after.mailing?.carrier ?? null,
    trackingNumber: after.mailing?.trackingNumber ?? null,
  });
  await queueNotification(em, ctx.config, { applicationId: after.id, event, recipient, text });
}

/** resendNotification: a FAILED message of a case in scope goes back to PENDING; audited. */
export async function resendNotification(ctx: RequestContext, id: string): Promise<Notification> {
  if (officerOf(ctx).role === Role.ADMIN) throw forbidden('administrators work no case');
  const em = transactionOf(ctx);
  const notification = Number.isInteger(Number(id)) ? await em.findOneBy(Notification, { id: Number(id) }) : null;
  // A message of a case out of scope is not there, as the case is not.
  if (!notification || !(await findApplicationInScope(ctx, notification.applicationId, em)))
    throw notFound('Notification', id);
  if (notification.status !== NotificationStatus.FAILED) {
    throw invalidTransition(`Only a FAILED message can be sent again; this one is ${notification.status}`);
  }
  await recordAudit(ctx, em, {
    action: 'RESEND_NOTIFICATION',
    entityType: 'Application',
    entityId: notification.applicationId,
    detail: {
      notificationId: notification.id,
      event: notification.event,
      attempts: notification.attempts,
      lastError: notification.lastError,
    },
  });
  return requeueNotification(em, notification);
}
