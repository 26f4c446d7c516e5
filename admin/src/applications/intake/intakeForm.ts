import { issueValidation } from '../../common/apiErrorText';
import type {
  ApplicantKind,
  DeliveryMethod,
  IdType,
  Purpose,
  RegionBasis,
  SubjectCategory,
} from '../../generated/graphql';
import type { ApplicationInputDraft } from '../../routing/explainRouting';
import {
  creditCodeIssue,
  deliveryPhoneIssue,
  foreignPermanentResidenceCardIssue,
  hmtTravelPermitIssue,
  type IdIssue,
  mobileIssue,
  normalizeIdNumber,
  passportNumberIssue,
  residentIdIssue,
} from '../../shared';

// The same identifier checks the server runs, here run as the officer types; the reason is shown
// in the officer's language (app.errors), the server's English text for a reason not translated.

/** The application as the form has it so far (toApplicationInput): what is not typed yet is absent. */
export type ApplicationDraft = ApplicationInputDraft;

/** A person as the intake form holds it: what is typed or picked so far. */
export interface PersonFormValues {
  category?: SubjectCategory;
  idType?: IdType;
  idNumber?: string;
  name?: string;
  nationality?: string;
  domicileRegion?: string | null;
  residenceRegion?: string | null;
  /** As typed in the number field. */
  daysInChina?: number | string | null;
  phone?: string;
}

/** The intake form's values (ApplicationCreate): an ApplicationInput as it is being typed, and the region pickers' districts. */
export interface IntakeFormValues {
  applicantKind?: ApplicantKind;
  subject?: PersonFormValues;
  /** The agent of an entrusted application: a citizen with a resident ID card. */
  agent?: Pick<PersonFormValues, 'name' | 'idNumber' | 'phone'>;
  unit?: { name?: string; creditCode?: string; region?: string; contactName?: string };
  /** The district typed in a region picker, for a region whose street is not picked (form-only). */
  regionPick?: { domicile?: string; residence?: string; unit?: string };
  preferredBasis?: RegionBasis | '' | null;
  entrusted?: boolean;
  purpose?: Purpose;
  purposeDetail?: string;
  destinationCountry?: string;
  delivery?: DeliveryMethod;
  mailingAddress?: { recipient?: string; phone?: string; region?: string; line?: string; postalCode?: string };
}

const ID_CHECK: Record<IdType, (id: string) => IdIssue | null> = {
  RESIDENT_ID_CARD: residentIdIssue,
  HMT_TRAVEL_PERMIT: hmtTravelPermitIssue,
  PASSPORT: passportNumberIssue,
  FOREIGNER_PERMANENT_RESIDENCE_CARD: foreignPermanentResidenceCardIssue,
};

/** A react-admin validator of the identity number of `person` against the id type chosen beside it (an agent's: a resident ID card). */
export const validIdNumber = (person: 'subject' | 'agent') => (value: string, values: IntakeFormValues) => {
  if (!value) return undefined;
  const idType = (person === 'subject' ? values.subject?.idType : undefined) ?? 'RESIDENT_ID_CARD';
  return issueValidation(ID_CHECK[idType]?.(normalizeIdNumber(value)) ?? null);
};

export const validCreditCode = (value: string) =>
  issueValidation(value ? creditCodeIssue(normalizeIdNumber(value)) : null);

/** A react-admin validator of the number text messages go to: a mobile number. */
export const validMobile = (value: string) =>
  issueValidation(value ? mobileIssue(value) : null, 'app.intake_ux.phone_invalid');

/** A react-admin validator of the number a courier calls: a mobile number or a landline with its area code. */
export const validDeliveryPhone = (value: string) =>
  issueValidation(value ? deliveryPhoneIssue(value) : null, 'app.intake_ux.phone_invalid');

/** The object without its empty fields ('' or none): what the officer has not filled in is not sent. */
function clean<T extends object>(o: T): Partial<T> {
  const filled: Partial<T> = {};
  for (const key in o) {
    const value = o[key];
    if (value !== '' && value != null) filled[key] = value;
  }
  return filled;
}

/**
 * The form's values as an ApplicationInput: only the parts this kind of application has. Until
 * the form is complete it lacks what is not typed yet: the server then refuses it, naming what.
 */
export function toApplicationInput(values: IntakeFormValues): ApplicationDraft {
  // A region is the street picked, or else the district typed (routing then asks for the street).
  const pick = values.regionPick ?? {};
  const { daysInChina, ...subject } = clean({
    ...values.subject,
    // Only a citizen has a domicile (户籍) here; the form shows the field to citizens only.
    domicileRegion:
      (values.subject?.category ?? 'CITIZEN') === 'CITIZEN' ? values.subject?.domicileRegion || pick.domicile : null,
    residenceRegion: values.subject?.residenceRegion || pick.residence,
  });
  return clean({
    channel: 'COUNTER',
    applicantKind: values.applicantKind,
    subject: daysInChina != null ? { ...subject, daysInChina: Number(daysInChina) } : subject,
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
    mailingAddress: values.delivery === 'MAIL' && values.mailingAddress ? clean(values.mailingAddress) : null,
  });
}
