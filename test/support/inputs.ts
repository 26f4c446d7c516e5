import { makeCreditCode, makeResidentId } from '../../server/identifiers/identifiers';

// Would-be applications for the tests, valid unless a test breaks them on purpose.

export const HEPING_1 = '210102001'; // a township of the first Heping station (浑河湾)
export const HEPING_2 = '210102027'; // a township of the second Heping station
export const SHENHE_1 = '210103005'; // a township of the first Shenhe station
export const TIEXI = '210106001';
export const BEIJING = '110101';

let sequence = 0;

export function citizen(overrides: Record<string, unknown> = {}) {
  return {
    name: '测试人',
    category: 'CITIZEN',
    idType: 'RESIDENT_ID_CARD',
    idNumber: makeResidentId('210102', '1990-05-17', (sequence++ % 900) + 1),
    nationality: '中国',
    domicileRegion: HEPING_1,
    residenceRegion: HEPING_1,
    phone: '13800001111',
    ...overrides,
  };
}

export function foreigner(daysInChina: number, overrides: Record<string, unknown> = {}) {
  return {
    name: 'JOHN SMITH',
    category: 'FOREIGNER',
    idType: 'PASSPORT',
    idNumber: 'E12345678',
    nationality: '美国',
    residenceRegion: SHENHE_1,
    daysInChina,
    ...overrides,
  };
}

export function hmtResident(overrides: Record<string, unknown> = {}) {
  return {
    name: '陈大文',
    category: 'HMT_RESIDENT',
    idType: 'HMT_TRAVEL_PERMIT',
    idNumber: 'H12345678',
    nationality: '中国香港',
    residenceRegion: HEPING_2,
    ...overrides,
  };
}

export function unit(region = SHENHE_1) {
  return {
    name: '沈阳测试有限公司',
    creditCode: makeCreditCode(region.slice(0, 6), 4242),
    region,
    contactName: '王经理',
  };
}

export function application(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'ONLINE',
    applicantKind: 'INDIVIDUAL',
    subject: citizen(),
    purpose: 'QUALIFICATION',
    delivery: 'COUNTER_PICKUP',
    ...overrides,
  };
}

export const SUBMIT = `mutation Submit($input: ApplicationInput!) {
  submitApplication(input: $input) {
    id referenceNo status office { code name } subject { idNumberMasked birthDate gender }
    routing { explanation regionBasis regionCode rule { id name version } trace { rule { name } matched reason } }
  }
}`;

interface TraceStep {
  rule: { name: string };
  matched: boolean;
  reason: string;
}

/** What SUBMIT selects of the new case. */
export interface SubmitAnswer {
  submitApplication: {
    id: string;
    referenceNo: string;
    status: string;
    office: { code: string; name: string };
    subject: { idNumberMasked: string; birthDate: string | null; gender: string | null };
    routing: {
      explanation: string;
      regionBasis: string | null;
      regionCode: string | null;
      rule: { id: string; name: string; version: number } | null;
      trace: TraceStep[];
    };
  };
}

export const EXPLAIN = `query Explain($input: ApplicationInput!) {
  explainRouting(input: $input) {
    office { code kind } rule { name priority } regionBasis regionCode explanation notAcceptedReason
    trace { rule { name } matched reason }
  }
}`;

/** What EXPLAIN selects of the routing decision. */
export interface ExplainAnswer {
  explainRouting: {
    office: { code: string; kind: string } | null;
    rule: { name: string; priority: number } | null;
    regionBasis: string | null;
    regionCode: string | null;
    explanation: string;
    notAcceptedReason: string | null;
    trace: TraceStep[];
  };
}
