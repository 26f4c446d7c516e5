import { Carrier, DeliveryMethod, DocumentKind, NotificationEvent } from '../core/enums';
import { chineseDate } from '../core/time';
import type { Language } from '../public/language';
import { maskIdNumbersInText } from './message-text';

// Every text message an applicant receives, in one place. A message says which application and
// what happened, never the outcome of the check (only that the result is ready) and never an
// identity number.

/** What a message about one step of a case may say. */
export interface ApplicationNews {
  event: NotificationEvent;
  /** The applicant's language (public/language.ts): English to a foreigner applying for themself. */
  language: Language;
  referenceNo: string;
  /** The office that works the case: the message's signature. */
  officeName: string;
  progressUrl: string;
  delivery: DeliveryMethod;
  /** ACCEPTED: the last day of the time limit, YYYY-MM-DD in Shanghai (a message in Chinese writes 2026年12月10日). */
  dueDate?: string | null;
  /** NOT_ACCEPTED, SUPPLEMENT_REQUESTED: the officer's words to the applicant. */
  reason?: string | null;
  /** SUPPLEMENT_REQUESTED */
  missingDocuments?: DocumentKind[];
  /** ISSUED, electronic delivery: where the document is verified and read. */
  verifyUrl?: string | null;
  /** MAILED */
  carrier?: Carrier | null;
  trackingNumber?: string | null;
}

const DOCUMENT_NAMES: Record<DocumentKind, string> = {
  [DocumentKind.APPLICATION_FORM]: '申请表',
  [DocumentKind.ID_CARD_FRONT]: '身份证人像面',
  [DocumentKind.ID_CARD_BACK]: '身份证国徽面',
  [DocumentKind.PHOTO]: '近期照片',
  [DocumentKind.PASSPORT]: '护照',
  [DocumentKind.RESIDENCE_PERMIT]: '居留许可',
  [DocumentKind.HMT_TRAVEL_PERMIT]: '港澳台居民往来内地通行证',
  [DocumentKind.POWER_OF_ATTORNEY]: '授权委托书',
  [DocumentKind.AGENT_ID]: '受托人身份证件',
  [DocumentKind.UNIT_LETTER]: '单位介绍信',
  [DocumentKind.BUSINESS_LICENSE]: '营业执照',
  [DocumentKind.SUBJECT_CONSENT]: '当事人同意书',
  [DocumentKind.OTHER]: '其他材料',
};

const DOCUMENT_NAMES_EN: Record<DocumentKind, string> = {
  [DocumentKind.APPLICATION_FORM]: 'application form',
  [DocumentKind.ID_CARD_FRONT]: 'ID card (photo side)',
  [DocumentKind.ID_CARD_BACK]: 'ID card (emblem side)',
  [DocumentKind.PHOTO]: 'recent photo',
  [DocumentKind.PASSPORT]: 'passport',
  [DocumentKind.RESIDENCE_PERMIT]: 'residence permit',
  [DocumentKind.HMT_TRAVEL_PERMIT]: 'Mainland travel permit',
  [DocumentKind.POWER_OF_ATTORNEY]: 'power of attorney',
  [DocumentKind.AGENT_ID]: "agent's identity document",
  [DocumentKind.UNIT_LETTER]: 'letter of introduction',
  [DocumentKind.BUSINESS_LICENSE]: 'business licence',
  [DocumentKind.SUBJECT_CONSENT]: 'consent of the person concerned',
  [DocumentKind.OTHER]: 'other papers',
};

/** Carriers as an applicant knows them (messages and the progress page), in the applicant's language. */
export const CARRIER_NAMES: Record<Language, Record<Carrier, string>> = {
  zh: {
    [Carrier.EMS]: '中国邮政EMS',
    [Carrier.CHINA_POST]: '中国邮政',
    [Carrier.SF_EXPRESS]: '顺丰速运',
    [Carrier.OTHER]: '快递',
  },
  en: {
    [Carrier.EMS]: 'China Post EMS',
    [Carrier.CHINA_POST]: 'China Post',
    [Carrier.SF_EXPRESS]: 'SF Express',
    [Carrier.OTHER]: 'courier',
  },
};

/**
 * An officer's reason, short enough for a text message, with any identity or document number
 * typed into it masked (the officer could type no link: see workflow.service's wordsToApplicant).
 */
const brief = (text: string | null | undefined) => {
  const t = maskIdNumbersInText((text ?? '').trim().replace(/\s+/g, ' '));
  return t.length > 80 ? `${t.slice(0, 80)}…` : t;
};

const APPLICATION = '无犯罪记录证明申请';

const CHINESE: Record<NotificationEvent, (n: ApplicationNews) => string> = {
  [NotificationEvent.ACCEPTED]: (n) =>
    `您的${APPLICATION}（${n.referenceNo}）已受理，将于${chineseDate(n.dueDate ?? '')}前办结。办理进度：${n.progressUrl}`,
  [NotificationEvent.NOT_ACCEPTED]: (n) =>
    `您的${APPLICATION}（${n.referenceNo}）不予受理，原因：${brief(n.reason)}。如有疑问请联系${n.officeName}。`,
  [NotificationEvent.SUPPLEMENT_REQUESTED]: (n) =>
    `您的${APPLICATION}（${n.referenceNo}）需补充材料：${(n.missingDocuments ?? []).map((k) => DOCUMENT_NAMES[k]).join('、')}。说明：${brief(n.reason)}。请在网上办事大厅补交或到窗口提交。办理进度：${n.progressUrl}`,
  [NotificationEvent.DECIDED]: (n) =>
    `您的${APPLICATION}（${n.referenceNo}）已审查完毕，结果已作出，证明文书出具后将另行通知。办理进度：${n.progressUrl}`,
  [NotificationEvent.ISSUED]: (n) =>
    `您申请的证明文书（${n.referenceNo}）已出具，${
      n.delivery === DeliveryMethod.ELECTRONIC
        ? `电子文书请在此查看和核验：${n.verifyUrl}`
        : n.delivery === DeliveryMethod.COUNTER_PICKUP
          ? `请携带本人有效身份证件到${n.officeName}领取。`
          : '将邮寄至您填写的地址，寄出后另行通知。'
    }`,
  [NotificationEvent.MAILED]: (n) =>
    `您申请的证明文书（${n.referenceNo}）已通过${CARRIER_NAMES.zh[n.carrier ?? Carrier.OTHER]}寄出，运单号${n.trackingNumber}。办理进度：${n.progressUrl}`,
  [NotificationEvent.DELIVERED]: (n) => `您申请的证明文书（${n.referenceNo}）已送达。`,
  [NotificationEvent.WITHDRAWN]: (n) => `您的${APPLICATION}（${n.referenceNo}）已撤回。如需办理请重新申请。`,
};

const CERTIFICATE = 'Certificate of No Criminal Record';

const ENGLISH: Record<NotificationEvent, (n: ApplicationNews) => string> = {
  [NotificationEvent.ACCEPTED]: (n) =>
    `Your application for a ${CERTIFICATE} (${n.referenceNo}) has been accepted and will be completed by ${n.dueDate}. Progress: ${n.progressUrl}`,
  [NotificationEvent.NOT_ACCEPTED]: (n) =>
    `Your application for a ${CERTIFICATE} (${n.referenceNo}) was not accepted. Reason: ${brief(n.reason)}. For questions, contact ${n.officeName}.`,
  [NotificationEvent.SUPPLEMENT_REQUESTED]: (n) =>
    `Your application for a ${CERTIFICATE} (${n.referenceNo}) needs more papers: ${(n.missingDocuments ?? []).map((k) => DOCUMENT_NAMES_EN[k]).join(', ')}. Note: ${brief(n.reason)}. Hand them in through the online service hall or at the counter. Progress: ${n.progressUrl}`,
  [NotificationEvent.DECIDED]: (n) =>
    `Your application for a ${CERTIFICATE} (${n.referenceNo}) has been examined; you will be told when the document is issued. Progress: ${n.progressUrl}`,
  [NotificationEvent.ISSUED]: (n) =>
    `The document you applied for (${n.referenceNo}) has been issued. ${
      n.delivery === DeliveryMethod.ELECTRONIC
        ? `Read and verify it here: ${n.verifyUrl}`
        : n.delivery === DeliveryMethod.COUNTER_PICKUP
          ? `Collect it at ${n.officeName} with your passport or other valid identity document.`
          : 'It will be mailed to the address you gave; you will be told when it is sent.'
    }`,
  [NotificationEvent.MAILED]: (n) =>
    `The document you applied for (${n.referenceNo}) was sent by ${CARRIER_NAMES.en[n.carrier ?? Carrier.OTHER]}, tracking number ${n.trackingNumber}. Progress: ${n.progressUrl}`,
  [NotificationEvent.DELIVERED]: (n) => `The document you applied for (${n.referenceNo}) has been delivered.`,
  [NotificationEvent.WITHDRAWN]: (n) =>
    `Your application for a ${CERTIFICATE} (${n.referenceNo}) has been withdrawn. Apply again if you still need it.`,
};

/** The message for one step, signed by the office. */
export function messageOf(news: ApplicationNews): string {
  return news.language === 'en'
    ? `[${news.officeName}] ${ENGLISH[news.event](news)}`
    : `【${news.officeName}】${CHINESE[news.event](news)}`;
}
