import type { EntityManager } from 'typeorm';
import { ApplicationStatus, CaseAction } from '../core/enums';
import { CARRIER_NAMES } from '../notifications/notification.templates';
import type { Language } from '../public/language';
import type { Application } from './application.entity';
import { StatusChange } from './status-change.entity';

// Where a case is, as the applicant is told: on the public progress page and through the online
// hall (its API and callbacks). Never what the check found: what would tell a record found (an
// investigation, a sign-off, a review, a second document) reads as what is around it.

/** A case's status as the applicant sees it: a code, for the hall's software, and plain words. */
export enum PublicStatus {
  SUBMITTED = 'SUBMITTED',
  AWAITING_SUPPLEMENT = 'AWAITING_SUPPLEMENT',
  UNDER_EXAMINATION = 'UNDER_EXAMINATION',
  DECIDED = 'DECIDED',
  ISSUED = 'ISSUED',
  MAILED = 'MAILED',
  DELIVERED = 'DELIVERED',
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  WITHDRAWN = 'WITHDRAWN',
}

export const PUBLIC_STATUS: Record<ApplicationStatus, PublicStatus> = {
  [ApplicationStatus.SUBMITTED]: PublicStatus.SUBMITTED,
  [ApplicationStatus.AWAITING_SUPPLEMENT]: PublicStatus.AWAITING_SUPPLEMENT,
  [ApplicationStatus.ACCEPTED]: PublicStatus.UNDER_EXAMINATION,
  [ApplicationStatus.UNDER_INVESTIGATION]: PublicStatus.UNDER_EXAMINATION,
  [ApplicationStatus.PENDING_SIGNOFF]: PublicStatus.UNDER_EXAMINATION,
  [ApplicationStatus.DECIDED]: PublicStatus.DECIDED,
  [ApplicationStatus.ISSUED]: PublicStatus.ISSUED,
  [ApplicationStatus.MAILED]: PublicStatus.MAILED,
  [ApplicationStatus.DELIVERED]: PublicStatus.DELIVERED,
  [ApplicationStatus.NOT_ACCEPTED]: PublicStatus.NOT_ACCEPTED,
  [ApplicationStatus.WITHDRAWN]: PublicStatus.WITHDRAWN,
  // Only a record found is reviewed: a review reads as the delivered case it began from.
  [ApplicationStatus.UNDER_REVIEW]: PublicStatus.DELIVERED,
};

export const STATUS_WORDS: Record<Language, Record<PublicStatus, string>> = {
  zh: {
    [PublicStatus.SUBMITTED]: '已提交，等待受理',
    [PublicStatus.AWAITING_SUPPLEMENT]: '需要补充材料',
    [PublicStatus.UNDER_EXAMINATION]: '已受理，正在审查',
    [PublicStatus.DECIDED]: '审查完毕，等待出具证明文书',
    [PublicStatus.ISSUED]: '证明文书已出具',
    [PublicStatus.MAILED]: '证明文书已寄出',
    [PublicStatus.DELIVERED]: '已办结，证明文书已送达',
    [PublicStatus.NOT_ACCEPTED]: '不予受理',
    [PublicStatus.WITHDRAWN]: '已撤回',
  },
  en: {
    [PublicStatus.SUBMITTED]: 'Submitted, waiting to be accepted',
    [PublicStatus.AWAITING_SUPPLEMENT]: 'More papers needed',
    [PublicStatus.UNDER_EXAMINATION]: 'Accepted, under examination',
    [PublicStatus.DECIDED]: 'Examined, the document is being prepared',
    [PublicStatus.ISSUED]: 'Document issued',
    [PublicStatus.MAILED]: 'Document sent',
    [PublicStatus.DELIVERED]: 'Completed, document delivered',
    [PublicStatus.NOT_ACCEPTED]: 'Not accepted',
    [PublicStatus.WITHDRAWN]: 'Withdrawn',
  },
};

/** The steps shown, by the action that took them; a decision however it was reached. Others (investigation, sign-off, review) are not shown. */
const STEP_WORDS: Record<Language, Partial<Record<CaseAction | 'SUBMIT', string>>> = {
  zh: {
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
  },
  en: {
    SUBMIT: 'Application submitted',
    [CaseAction.ACCEPT]: 'Accepted',
    [CaseAction.NOT_ACCEPT]: 'Not accepted',
    [CaseAction.REQUEST_SUPPLEMENT]: 'More papers asked for',
    [CaseAction.SUPPLEMENT_RECEIVED]: 'Papers complete',
    [CaseAction.TRANSFER]: 'Passed to another office',
    [CaseAction.ISSUE]: 'Document issued',
    [CaseAction.RECORD_MAILING]: 'Document sent',
    [CaseAction.RECORD_DELIVERY]: 'Document delivered',
    [CaseAction.WITHDRAW]: 'Application withdrawn',
  },
};
const DECIDED_WORDS: Record<Language, string> = { zh: '审查完毕', en: 'Examined' };

export interface Progress {
  referenceNo: string;
  status: string;
  steps: { step: string; at: string }[];
  mailing: { carrier: string; trackingNumber: string; mailedAt: string | null } | null;
}

/** The case's progress in plain words of `language`: its status, its steps with their times, its mailing. */
export async function progressOf(em: EntityManager, a: Application, language: Language = 'zh'): Promise<Progress> {
  const changes = await em
    .getRepository(StatusChange)
    .find({ where: { applicationId: a.id }, order: { at: 'ASC', id: 'ASC' } });
  const steps: Progress['steps'] = [];
  for (const c of changes) {
    const words =
      c.toStatus === ApplicationStatus.DECIDED && c.fromStatus !== ApplicationStatus.DECIDED
        ? DECIDED_WORDS[language]
        : STEP_WORDS[language][c.action];
    // Each step once, as first taken: a decision and a document again would tell of a review.
    if (words && !steps.some((s) => s.step === words)) steps.push({ step: words, at: c.at.toISOString() });
  }
  const mailed = a.mailing?.carrier && a.mailing.trackingNumber;
  return {
    referenceNo: a.referenceNo,
    status: STATUS_WORDS[language][PUBLIC_STATUS[a.status]],
    steps,
    mailing: mailed
      ? {
          carrier: CARRIER_NAMES[language][a.mailing.carrier],
          trackingNumber: a.mailing.trackingNumber,
          mailedAt: a.mailing.mailedAt?.toISOString() ?? null,
        }
      : null,
  };
}
