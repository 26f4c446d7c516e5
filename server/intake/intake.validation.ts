import { ApplicantKind, DeliveryMethod, IdType, Purpose, SubjectCategory } from '../core/enums';
import { badInput } from '../core/errors';
import { shanghaiDate } from '../core/time';
import {
  birthDateFromResidentId,
  creditCodeIssue,
  deliveryPhoneIssue,
  foreignPermanentResidenceCardIssue,
  genderFromResidentId,
  hmtTravelPermitIssue,
  type IdIssue,
  normalizeIdNumber,
  passportNumberIssue,
  residentIdIssue,
} from '../identifiers/identifiers';
import { regionIssue } from '../identifiers/regions';
import type { ApplicationInput, MailingAddressInput, PersonInput, UnitInput } from './intake.inputs';

// Intake checks everything an officer would otherwise catch by eye. Each failure is a
// BAD_USER_INPUT error naming the input field, so a form can show it beside that field, with a
// stable reason code and its parameters (extensions.reason, extensions.params) for the console to
// put in the officer's language; the English message is the fallback.

/** The reason codes of intake refusals besides the identifiers' own (IdReason) and regions' (REGION_*). */
export type IntakeReason =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'ID_TYPE_MISMATCH'
  | 'BIRTH_DATE_MISMATCH'
  | 'BIRTH_DATE_FUTURE'
  | 'AGENT_MINOR'
  | 'DAYS_IN_CHINA_INVALID'
  | 'DAYS_IN_CHINA_REQUIRED'
  | 'PHONE_INVALID'
  | 'RESIDENCE_REQUIRED'
  | 'UNIT_REQUIRED'
  | 'UNIT_NO_AGENT'
  | 'UNIT_NOT_ALLOWED'
  | 'AGENT_IS_SUBJECT'
  | 'MAILING_ADDRESS_REQUIRED'
  | 'POSTAL_CODE_INVALID'
  | 'DESTINATION_REQUIRED'
  | 'PURPOSE_DETAIL_REQUIRED';

const refuse = (field: string, reason: IntakeReason, message: string, params: Record<string, unknown> = {}) =>
  badInput(field, message, { reason, params });

const refuseIssue = (field: string, found: { reason: string; params: Record<string, unknown>; message: string }) =>
  badInput(field, found.message, { reason: found.reason, params: found.params });

const ID_TYPES_OF: Record<SubjectCategory, IdType[]> = {
  [SubjectCategory.CITIZEN]: [IdType.RESIDENT_ID_CARD],
  [SubjectCategory.HMT_RESIDENT]: [IdType.HMT_TRAVEL_PERMIT],
  [SubjectCategory.FOREIGNER]: [IdType.PASSPORT, IdType.FOREIGNER_PERMANENT_RESIDENCE_CARD],
};

const ID_CHECK: Record<IdType, (id: string) => IdIssue | null> = {
  [IdType.RESIDENT_ID_CARD]: residentIdIssue,
  [IdType.HMT_TRAVEL_PERMIT]: hmtTravelPermitIssue,
  [IdType.PASSPORT]: passportNumberIssue,
  [IdType.FOREIGNER_PERMANENT_RESIDENCE_CARD]: foreignPermanentResidenceCardIssue,
};

const PHONE_RE = /^\+?[0-9][0-9 -]{4,19}$/;

function requireText(value: string | null | undefined, field: string, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw refuse(field, 'REQUIRED', 'is required');
  if (text.length > max) throw refuse(field, 'TOO_LONG', `must be at most ${max} characters`, { max });
  return text;
}

function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = (value ?? '').trim();
  if (text.length > max) throw refuse(field, 'TOO_LONG', `must be at most ${max} characters`, { max });
  return text || null;
}

function validateRegion(code: string | null | undefined, field: string): string | null {
  if (code == null || code === '') return null;
  const problem = regionIssue(code);
  if (problem) throw refuseIssue(field, problem);
  return code;
}

/** The phone number given, trimmed; null when none is. */
function optionalPhone(value: string | null | undefined, field: string): string | null {
  const phone = (value ?? '').trim();
  if (!phone) return null;
  if (!PHONE_RE.test(phone))
    throw refuse(field, 'PHONE_INVALID', 'must be a phone number of digits (5 to 20)', { min: 5, max: 20 });
  return phone;
}

/** The number a courier calls, trimmed: a mobile number or a landline with its area code; REQUIRED when none is. */
function deliveryPhone(value: string | null | undefined, field: string): string {
  const phone = requiredPhone(value, field);
  const problem = deliveryPhoneIssue(phone);
  if (problem) throw refuseIssue(field, problem);
  return phone;
}

/** The phone number given, trimmed; REQUIRED when none is. */
function requiredPhone(value: string | null | undefined, field: string): string {
  const phone = optionalPhone(value, field);
  if (!phone) throw refuse(field, 'REQUIRED', 'is required');
  return phone;
}

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** A person's fields checked and normalised; the field names are under `path` (e.g. input.subject). */
export function validatePerson(p: PersonInput, path: string, asAgent: boolean): PersonInput {
  const name = requireText(p.name, `${path}.name`, 100);
  if (!asAgent && !ID_TYPES_OF[p.category].includes(p.idType)) {
    throw refuse(
      `${path}.idType`,
      'ID_TYPE_MISMATCH',
      `a ${p.category} subject identifies with ${ID_TYPES_OF[p.category].join(' or ')}, not ${p.idType}`,
      {
        category: p.category,
        allowed: ID_TYPES_OF[p.category],
        idType: p.idType,
      },
    );
  }
  const idNumber = normalizeIdNumber(p.idNumber ?? '');
  const idProblem = ID_CHECK[p.idType](idNumber);
  if (idProblem) throw refuseIssue(`${path}.idNumber`, idProblem);
  let birthDate = p.birthDate ?? null;
  let gender = optionalText(p.gender, `${path}.gender`, 8);
  if (p.idType === IdType.RESIDENT_ID_CARD) {
    const fromId = birthDateFromResidentId(idNumber);
    if (birthDate && birthDate !== fromId) {
      throw refuse(`${path}.birthDate`, 'BIRTH_DATE_MISMATCH', `does not match the ID number (${fromId})`, { fromId });
    }
    birthDate = fromId;
    gender ??= genderFromResidentId(idNumber);
  }
  const today = shanghaiDate(new Date());
  if (birthDate && birthDate > today) throw refuse(`${path}.birthDate`, 'BIRTH_DATE_FUTURE', 'is in the future');
  if (asAgent && birthDate && ageOn(birthDate, today) < 18) {
    throw refuse(`${path}.birthDate`, 'AGENT_MINOR', 'an agent must be an adult with full civil capacity');
  }
  if (p.daysInChina != null && (!Number.isInteger(p.daysInChina) || p.daysInChina < 0)) {
    throw refuse(`${path}.daysInChina`, 'DAYS_IN_CHINA_INVALID', 'must be a whole number of days, 0 or more');
  }
  if (!asAgent && p.category === SubjectCategory.FOREIGNER && p.daysInChina == null) {
    throw refuse(
      `${path}.daysInChina`,
      'DAYS_IN_CHINA_REQUIRED',
      'is required for a foreign subject (a check needs 180 days or more in China)',
      {
        days: 180,
      },
    );
  }
  return {
    name,
    category: p.category,
    idType: p.idType,
    idNumber,
    birthDate,
    gender,
    nationality: requireText(p.nationality, `${path}.nationality`, 64),
    domicileRegion: validateRegion(p.domicileRegion, `${path}.domicileRegion`),
    residenceRegion: validateRegion(p.residenceRegion, `${path}.residenceRegion`),
    daysInChina: p.daysInChina ?? null,
    phone: optionalPhone(p.phone, `${path}.phone`),
  };
}

function validateUnit(u: UnitInput): UnitInput {
  const creditCode = normalizeIdNumber(u.creditCode ?? '');
  const problem = creditCodeIssue(creditCode);
  if (problem) throw refuseIssue('input.unit.creditCode', problem);
  const region = validateRegion(u.region, 'input.unit.region');
  if (!region) throw refuse('input.unit.region', 'REQUIRED', 'is required');
  return {
    name: requireText(u.name, 'input.unit.name', 200),
    creditCode,
    region,
    contactName: optionalText(u.contactName, 'input.unit.contactName', 100),
    contactPhone: optionalPhone(u.contactPhone, 'input.unit.contactPhone'),
  };
}

function validateMailing(m: MailingAddressInput): MailingAddressInput {
  const region = validateRegion(m.region, 'input.mailingAddress.region');
  if (!region) throw refuse('input.mailingAddress.region', 'REQUIRED', 'is required');
  const postalCode = optionalText(m.postalCode, 'input.mailingAddress.postalCode', 6);
  if (postalCode && !/^\d{6}$/.test(postalCode))
    throw refuse('input.mailingAddress.postalCode', 'POSTAL_CODE_INVALID', 'must be 6 digits');
  return {
    recipient: requireText(m.recipient, 'input.mailingAddress.recipient', 100),
    phone: deliveryPhone(m.phone, 'input.mailingAddress.phone'),
    region,
    line: requireText(m.line, 'input.mailingAddress.line', 300),
    postalCode,
  };
}

/** The whole application checked part by part; returns it normalised. */
export function validateApplication(input: ApplicationInput): ApplicationInput {
  const subject = validatePerson(input.subject, 'input.subject', false);
  if (!subject.domicileRegion && !subject.residenceRegion) {
    throw refuse(
      'input.subject.residenceRegion',
      'RESIDENCE_REQUIRED',
      "give the subject's residence (or domicile) region code",
    );
  }
  let unit: UnitInput | null = null;
  if (input.applicantKind === ApplicantKind.UNIT) {
    if (!input.unit)
      throw refuse('input.unit', 'UNIT_REQUIRED', 'a unit inquiry needs the unit (name, credit code, region)');
    if (input.agent) throw refuse('input.agent', 'UNIT_NO_AGENT', 'a unit inquiry has no agent');
    unit = validateUnit(input.unit);
  } else if (input.unit) {
    throw refuse('input.unit', 'UNIT_NOT_ALLOWED', "an individual's own application has no unit");
  }
  const agent = input.agent ? validatePerson(input.agent, 'input.agent', true) : null;
  if (agent && agent.idNumber === subject.idNumber)
    throw refuse('input.agent.idNumber', 'AGENT_IS_SUBJECT', 'the agent cannot be the subject');
  let mailingAddress: MailingAddressInput | null = null;
  if (input.delivery === DeliveryMethod.MAIL) {
    if (!input.mailingAddress)
      throw refuse('input.mailingAddress', 'MAILING_ADDRESS_REQUIRED', 'delivery by mail needs a mailing address');
    mailingAddress = validateMailing(input.mailingAddress);
  } else if (input.mailingAddress) {
    mailingAddress = validateMailing(input.mailingAddress);
  }
  const destinationCountry = optionalText(input.destinationCountry, 'input.destinationCountry', 64);
  if (input.purpose === Purpose.GO_ABROAD && !destinationCountry) {
    throw refuse('input.destinationCountry', 'DESTINATION_REQUIRED', 'is required when the purpose is going abroad');
  }
  const purposeDetail = optionalText(input.purposeDetail, 'input.purposeDetail', 500);
  if (input.purpose === Purpose.OTHER && !purposeDetail)
    throw refuse('input.purposeDetail', 'PURPOSE_DETAIL_REQUIRED', 'say what the certificate is for');
  return { ...input, subject, agent, unit, mailingAddress, destinationCountry, purposeDetail };
}
