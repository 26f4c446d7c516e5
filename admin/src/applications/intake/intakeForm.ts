import {
  creditCodeIssue,
  foreignPermanentResidenceCardIssue,
  hmtTravelPermitIssue,
  type IdIssue,
  normalizeIdNumber,
  passportNumberIssue,
  residentIdIssue,
} from '../../../server/identifiers/identifiers';
import { issueValidation } from '../common/apiErrorText';

// The same identifier checks the server runs, here run as the officer types; the reason is shown
// in the officer's language (app.errors), the server's English text for a reason not translated.

const ID_CHECK: Record<string, (id: string) => IdIssue | null> = {
  RESIDENT_ID_CARD: residentIdIssue,
  HMT_TRAVEL_PERMIT: hmtTravelPermitIssue,
  PASSPORT: passportNumberIssue,
  FOREIGNER_PERMANENT_RESIDENCE_CARD: foreignPermanentResidenceCardIssue,
};

/** A react-admin validator of an identity number against the id type chosen beside it. */
export const validIdNumber = (idTypeField: string) => (value: string, values: any) => {
  if (!value) return undefined;
  const idType = idTypeField.split('.').reduce((o, k) => o?.[k], values) ?? 'RESIDENT_ID_CARD';
  return issueValidation(ID_CHECK[idType]?.(normalizeIdNumber(value)) ?? null);
};

export const validCreditCode = (value: string) =>
  issueValidation(value ? creditCodeIssue(normalizeIdNumber(value)) : null);

const clean = (o: Record<string, any> | undefined) =>
  o && Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v != null));

/** The form's values as an ApplicationInput: only the parts this kind of application has. */
export function toApplicationInput(values: any) {
  // A region is the street picked, or else the district typed (routing then asks for the street).
  const pick = values.regionPick ?? {};
  const subject = clean({
    ...values.subject,
    // Only a citizen has a domicile (户籍) here; the form shows the field to citizens only.
    domicileRegion:
      (values.subject?.category ?? 'CITIZEN') === 'CITIZEN' ? values.subject?.domicileRegion || pick.domicile : null,
    residenceRegion: values.subject?.residenceRegion || pick.residence,
  })!;
  if (subject.daysInChina != null) subject.daysInChina = Number(subject.daysInChina);
  return clean({
    channel: 'COUNTER',
    applicantKind: values.applicantKind,
    subject,
    agent:
      values.applicantKind === 'INDIVIDUAL' && values.entrusted
        ? clean({ ...values.agent, category: 'CITIZEN', idType: 'RESIDENT_ID_CARD', nationality: '中国' })
        : null,
    unit: values.applicantKind === 'UNIT' ? clean({ ...values.unit, region: values.unit?.region || pick.unit }) : null,
    preferredBasis: values.applicantKind === 'INDIVIDUAL' ? values.preferredBasis || null : null,
    purpose: values.purpose,
    purposeDetail: values.purposeDetail,
    destinationCountry: values.destinationCountry,
    delivery: values.delivery,
    mailingAddress: values.delivery === 'MAIL' ? clean(values.mailingAddress) : null,
  });
}
