import {
  creditCodeProblem,
  foreignPermanentResidenceCardProblem,
  hmtTravelPermitProblem,
  normalizeIdNumber,
  passportNumberProblem,
  residentIdProblem,
} from '../../../server/identifiers/identifiers';

// The same identifier checks the server runs, here run as the officer types.

const ID_CHECK: Record<string, (id: string) => string | null> = {
  RESIDENT_ID_CARD: residentIdProblem,
  HMT_TRAVEL_PERMIT: hmtTravelPermitProblem,
  PASSPORT: passportNumberProblem,
  FOREIGNER_PERMANENT_RESIDENCE_CARD: foreignPermanentResidenceCardProblem,
};

/** A react-admin validator of an identity number against the id type chosen beside it. */
export const validIdNumber = (idTypeField: string) => (value: string, values: any) => {
  if (!value) return undefined;
  const idType = idTypeField.split('.').reduce((o, k) => o?.[k], values) ?? 'RESIDENT_ID_CARD';
  const problem = ID_CHECK[idType]?.(normalizeIdNumber(value));
  return problem ? { message: 'app.intake.id_invalid', args: { problem } } : undefined;
};

export const validCreditCode = (value: string) => {
  const problem = value ? creditCodeProblem(normalizeIdNumber(value)) : null;
  return problem ? { message: 'app.intake.id_invalid', args: { problem } } : undefined;
};

const clean = (o: Record<string, any> | undefined) => o && Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v != null));

/** The form's values as an ApplicationInput: only the parts this kind of application has. */
export function toApplicationInput(values: any) {
  const subject = clean(values.subject)!;
  if (subject.daysInChina != null) subject.daysInChina = Number(subject.daysInChina);
  return clean({
    channel: 'COUNTER',
    applicantKind: values.applicantKind,
    subject,
    agent:
      values.applicantKind === 'INDIVIDUAL' && values.entrusted
        ? clean({ ...values.agent, category: 'CITIZEN', idType: 'RESIDENT_ID_CARD', nationality: '中国' })
        : null,
    unit: values.applicantKind === 'UNIT' ? clean(values.unit) : null,
    preferredBasis: values.applicantKind === 'INDIVIDUAL' ? values.preferredBasis || null : null,
    purpose: values.purpose,
    purposeDetail: values.purposeDetail,
    destinationCountry: values.destinationCountry,
    delivery: values.delivery,
    mailingAddress: values.delivery === 'MAIL' ? clean(values.mailingAddress) : null,
  });
}
