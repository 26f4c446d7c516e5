import {
  birthDateFromResidentId,
  creditCodeProblem,
  foreignPermanentResidenceCardProblem,
  genderFromResidentId,
  hmtTravelPermitProblem,
  normalizeIdNumber,
  passportNumberProblem,
  residentIdProblem,
} from '../identifiers/identifiers';
import { ApplicantKind, DeliveryMethod, IdType, Purpose, SubjectCategory } from '../core/enums';
import { badInput } from '../core/errors';
import { regionProblem } from '../identifiers/regions';
import { shanghaiDate } from '../core/time';
import type { ApplicationInput, MailingAddressInput, PersonInput, UnitInput } from './intake.inputs';

// Intake checks everything an officer would otherwise catch by eye. Each failure is a
// BAD_USER_INPUT error naming the input field, so a form can show it beside that field.

const ID_TYPES_OF: Record<SubjectCategory, IdType[]> = {
  [SubjectCategory.CITIZEN]: [IdType.RESIDENT_ID_CARD],
  [SubjectCategory.HMT_RESIDENT]: [IdType.HMT_TRAVEL_PERMIT],
  [SubjectCategory.FOREIGNER]: [IdType.PASSPORT, IdType.FOREIGNER_PERMANENT_RESIDENCE_CARD],
};

const ID_CHECK: Record<IdType, (id: string) => string | null> = {
  [IdType.RESIDENT_ID_CARD]: residentIdProblem,
  [IdType.HMT_TRAVEL_PERMIT]: hmtTravelPermitProblem,
  [IdType.PASSPORT]: passportNumberProblem,
  [IdType.FOREIGNER_PERMANENT_RESIDENCE_CARD]: foreignPermanentResidenceCardProblem,
};

const PHONE_RE = /^\+?[0-9][0-9 -]{4,19}$/;

function requireText(value: string | null | undefined, field: string, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, 'is required');
  if (text.length > max) throw badInput(field, `must be at most ${max} characters`);
  return text;
}

function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const text = (value ?? '').trim();
  if (text.length > max) throw badInput(field, `must be at most ${max} characters`);
  return text || null;
}

function checkRegion(code: string | null | undefined, field: string): string | null {
  if (code == null || code === '') return null;
  const problem = regionProblem(code);
  if (problem) throw badInput(field, problem);
  return code;
}

function checkPhone(value: string | null | undefined, field: string, required: boolean): string | null {
  const phone = (value ?? '').trim();
  if (!phone) {
    if (required) throw badInput(field, 'is required');
    return null;
  }
  if (!PHONE_RE.test(phone)) throw badInput(field, 'must be a phone number of digits (5 to 20)');
  return phone;
}

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** A person's fields checked and normalised; the field names are under `path` (e.g. input.subject). */
export function checkPerson(p: PersonInput, path: string, asAgent: boolean): PersonInput {
  const name = requireText(p.name, `${path}.name`, 100);
  if (!asAgent && !ID_TYPES_OF[p.category].includes(p.idType)) {
    throw badInput(`${path}.idType`, `a ${p.category} subject identifies with ${ID_TYPES_OF[p.category].join(' or ')}, not ${p.idType}`);
  }
  const idNumber = normalizeIdNumber(p.idNumber ?? '');
  const idProblem = ID_CHECK[p.idType](idNumber);
  if (idProblem) throw badInput(`${path}.idNumber`, idProblem);
  let birthDate = p.birthDate ?? null;
  let gender = optionalText(p.gender, `${path}.gender`, 8);
  if (p.idType === IdType.RESIDENT_ID_CARD) {
    const fromId = birthDateFromResidentId(idNumber);
    if (birthDate && birthDate !== fromId) throw badInput(`${path}.birthDate`, `does not match the ID number (${fromId})`);
    birthDate = fromId;
    gender ??= genderFromResidentId(idNumber);
  }
  const today = shanghaiDate(new Date());
  if (birthDate && birthDate > today) throw badInput(`${path}.birthDate`, 'is in the future');
  if (asAgent && birthDate && ageOn(birthDate, today) < 18) {
    throw badInput(`${path}.birthDate`, 'an agent must be an adult with full civil capacity');
  }
  if (p.daysInChina != null && (!Number.isInteger(p.daysInChina) || p.daysInChina < 0)) {
    throw badInput(`${path}.daysInChina`, 'must be a whole number of days, 0 or more');
  }
  if (!asAgent && p.category === SubjectCategory.FOREIGNER && p.daysInChina == null) {
    throw badInput(`${path}.daysInChina`, 'is required for a foreign subject (a check needs 180 days or more in China)');
  }
  return {
    name,
    category: p.category,
    idType: p.idType,
    idNumber,
    birthDate,
    gender,
    nationality: requireText(p.nationality, `${path}.nationality`, 64),
    domicileRegion: checkRegion(p.domicileRegion, `${path}.domicileRegion`),
    residenceRegion: checkRegion(p.residenceRegion, `${path}.residenceRegion`),
    daysInChina: p.daysInChina ?? null,
    phone: checkPhone(p.phone, `${path}.phone`, false),
  };
}

function checkUnit(u: UnitInput): UnitInput {
  const creditCode = normalizeIdNumber(u.creditCode ?? '');
  const problem = creditCodeProblem(creditCode);
  if (problem) throw badInput('input.unit.creditCode', problem);
  const region = checkRegion(u.region, 'input.unit.region');
  if (!region) throw badInput('input.unit.region', 'is required');
  return {
    name: requireText(u.name, 'input.unit.name', 200),
    creditCode,
    region,
    contactName: optionalText(u.contactName, 'input.unit.contactName', 100),
    contactPhone: checkPhone(u.contactPhone, 'input.unit.contactPhone', false),
  };
}

function checkMailing(m: MailingAddressInput): MailingAddressInput {
  const region = checkRegion(m.region, 'input.mailingAddress.region');
  if (!region) throw badInput('input.mailingAddress.region', 'is required');
  const postalCode = optionalText(m.postalCode, 'input.mailingAddress.postalCode', 6);
  if (postalCode && !/^\d{6}$/.test(postalCode)) throw badInput('input.mailingAddress.postalCode', 'must be 6 digits');
  return {
    recipient: requireText(m.recipient, 'input.mailingAddress.recipient', 100),
    phone: checkPhone(m.phone, 'input.mailingAddress.phone', true)!,
    region,
    line: requireText(m.line, 'input.mailingAddress.line', 300),
    postalCode,
  };
}

/** The whole application checked part by part; returns it normalised. */
export function checkApplication(input: ApplicationInput): ApplicationInput {
  const subject = checkPerson(input.subject, 'input.subject', false);
  if (!subject.domicileRegion && !subject.residenceRegion) {
    throw badInput('input.subject.residenceRegion', "give the subject's residence (or domicile) region code");
  }
  let unit: UnitInput | null = null;
  if (input.applicantKind === ApplicantKind.UNIT) {
    if (!input.unit) throw badInput('input.unit', 'a unit inquiry needs the unit (name, credit code, region)');
    if (input.agent) throw badInput('input.agent', 'a unit inquiry has no agent');
    unit = checkUnit(input.unit);
  } else if (input.unit) {
    throw badInput('input.unit', "an individual's own application has no unit");
  }
  const agent = input.agent ? checkPerson(input.agent, 'input.agent', true) : null;
  if (agent && agent.idNumber === subject.idNumber) throw badInput('input.agent.idNumber', 'the agent cannot be the subject');
  let mailingAddress: MailingAddressInput | null = null;
  if (input.delivery === DeliveryMethod.MAIL) {
    if (!input.mailingAddress) throw badInput('input.mailingAddress', 'delivery by mail needs a mailing address');
    mailingAddress = checkMailing(input.mailingAddress);
  } else if (input.mailingAddress) {
    mailingAddress = checkMailing(input.mailingAddress);
  }
  const destinationCountry = optionalText(input.destinationCountry, 'input.destinationCountry', 64);
  if (input.purpose === Purpose.GO_ABROAD && !destinationCountry) {
    throw badInput('input.destinationCountry', 'is required when the purpose is going abroad');
  }
  const purposeDetail = optionalText(input.purposeDetail, 'input.purposeDetail', 500);
  if (input.purpose === Purpose.OTHER && !purposeDetail) throw badInput('input.purposeDetail', 'say what the certificate is for');
  return { ...input, subject, agent, unit, mailingAddress, destinationCountry, purposeDetail };
}
