import { type ApplicantKind, OfficeKind, RegionBasis, type SubjectCategory } from '../core/enums';
import { regionName } from '../identifiers/regions';
import type { Office } from '../offices/office.entity';
import {
  RoutingDecision,
  type RoutingMessage,
  type RoutingParams,
  type RoutingStep,
  type RuleVersionRef,
} from './routing-decision';
import type { RoutingRule } from './routing-rule.entity';

/** What routing looks at in a would-be case. */
export interface RoutingFacts {
  applicantKind: ApplicantKind;
  subjectCategory: SubjectCategory;
  entrusted: boolean;
  daysInChina: number | null;
  regions: Partial<Record<RegionBasis, string | null>>;
  /** A citizen's own application: where the applicant chose to apply. */
  preferredBasis: RegionBasis | null;
}

export const REGION_FIELD: Record<RegionBasis, string> = {
  [RegionBasis.DOMICILE]: 'subject.domicileRegion',
  [RegionBasis.RESIDENCE]: 'subject.residenceRegion',
  [RegionBasis.UNIT_LOCATION]: 'unit.region',
};

const BASIS_WORD: Record<RegionBasis, string> = {
  [RegionBasis.DOMICILE]: 'domicile',
  [RegionBasis.RESIDENCE]: 'residence',
  [RegionBasis.UNIT_LOCATION]: 'unit location',
};

const place = (code: string) => `${code} (${regionName(code) ?? 'unknown region'})`;

/** The office of `kind` whose jurisdiction has the longest prefix of `region`; ties go to the lower code. */
export function officeByLongestPrefix(offices: Office[], kind: OfficeKind, region: string): Office | null {
  let best: { office: Office; length: number } | null = null;
  for (const office of offices) {
    if (office.kind !== kind) continue;
    for (const prefix of office.jurisdiction) {
      if (!region.startsWith(prefix)) continue;
      if (!best || prefix.length > best.length || (prefix.length === best.length && office.code < best.office.code)) {
        best = { office, length: prefix.length };
      }
    }
  }
  return best?.office ?? null;
}

/** How much a failure says about the case: the highest decides the refusal (ties: the first tried). */
enum Weight {
  /** Not this kind of case, or the region lies outside the rule's area. */
  NotAbout = 0,
  /** The region is missing, but the rule is limited to an area: it might not apply anyway. */
  MissingForArea = 1,
  /** The region is missing for a rule that would otherwise take the case. */
  Missing = 2,
  /** The case is of this rule's kind and in its area, and failed on a later condition. */
  Reached = 3,
}

interface Failure {
  code: string;
  params: RoutingParams;
  reason: string;
  field: string | null;
  weight: Weight;
}
interface Match {
  office: Office;
  region: string;
  because: string[];
  params: RoutingParams;
}
type Evaluation = Match | Failure;

const failure = (
  code: string,
  params: RoutingParams,
  reason: string,
  field: string | null,
  weight: Weight,
): Failure => ({
  code,
  params,
  reason,
  field,
  weight,
});

function evaluate(rule: RoutingRule, c: RoutingFacts, offices: Office[]): Evaluation {
  const because: string[] = [];
  const params: RoutingParams = {};
  // Failures before the region checks mean "this rule is not about this kind of case".
  const notThisKind = (code: string, p: RoutingParams, reason: string): Failure =>
    failure(code, p, reason, null, Weight.NotAbout);
  if (!rule.enabled) return notThisKind('RULE_DISABLED', {}, 'rule is disabled');
  if (rule.applicantKind && rule.applicantKind !== c.applicantKind)
    return notThisKind(
      'APPLICANT_KIND_MISMATCH',
      { actual: c.applicantKind, expected: rule.applicantKind },
      `applicant is ${c.applicantKind}, rule takes ${rule.applicantKind}`,
    );
  if (rule.applicantKind) {
    because.push(rule.applicantKind);
    params.applicantKind = rule.applicantKind;
  }
  if (rule.subjectCategory && rule.subjectCategory !== c.subjectCategory)
    return notThisKind(
      'SUBJECT_CATEGORY_MISMATCH',
      { actual: c.subjectCategory, expected: rule.subjectCategory },
      `subject is ${c.subjectCategory}, rule takes ${rule.subjectCategory}`,
    );
  if (rule.subjectCategory) {
    because.push(rule.subjectCategory);
    params.subjectCategory = rule.subjectCategory;
  }
  if (rule.entrusted != null && rule.entrusted !== c.entrusted) {
    return c.entrusted
      ? notThisKind('ENTRUSTED_NOT_TAKEN', {}, 'application is entrusted to an agent, rule takes own applications')
      : notThisKind('OWN_NOT_TAKEN', {}, 'application is not entrusted, rule takes entrusted ones');
  }
  if (rule.entrusted != null) {
    because.push(rule.entrusted ? 'entrusted' : 'own application');
    params.entrusted = rule.entrusted;
  }
  const basis = rule.regionBasis;
  const word = BASIS_WORD[basis];
  if (c.preferredBasis && basis !== RegionBasis.UNIT_LOCATION && c.preferredBasis !== basis) {
    return notThisKind(
      'PREFERRED_BASIS_OTHER',
      { preferred: c.preferredBasis, basis },
      `applicant chose to apply by ${BASIS_WORD[c.preferredBasis]}`,
    );
  }
  const region = c.regions[basis];
  const field = REGION_FIELD[basis];
  if (!region) {
    return failure(
      'REGION_MISSING',
      {
        basis,
        prefix: rule.regionPrefix ?? null,
        prefixName: rule.regionPrefix ? (regionName(rule.regionPrefix) ?? null) : null,
      },
      `no ${word} region given`,
      field,
      rule.regionPrefix ? Weight.MissingForArea : Weight.Missing,
    );
  }
  const here = { basis, region, regionName: regionName(region) ?? null };
  if (rule.regionPrefix && !region.startsWith(rule.regionPrefix)) {
    return failure(
      'REGION_OUTSIDE',
      { ...here, prefix: rule.regionPrefix, prefixName: regionName(rule.regionPrefix) ?? null },
      `${word} ${place(region)} is outside ${place(rule.regionPrefix)}`,
      field,
      Weight.NotAbout,
    );
  }
  because.push(`${word} ${place(region)}`);
  Object.assign(params, here);
  if (rule.minDaysInChina != null) {
    const days = c.daysInChina;
    if (days == null || days < rule.minDaysInChina) {
      return failure(
        'DAYS_IN_CHINA_TOO_FEW',
        { days: days ?? null, min: rule.minDaysInChina },
        `subject has stayed ${days ?? 'an unknown number of'} days in China; at least ${rule.minDaysInChina} are required`,
        'subject.daysInChina',
        Weight.Reached,
      );
    }
    because.push(`${days} days in China`);
    params.days = days;
  }
  if (rule.targetOfficeId != null) {
    const office = offices.find((o) => o.id === rule.targetOfficeId);
    if (!office)
      return failure(
        'TARGET_OFFICE_GONE',
        { officeId: rule.targetOfficeId },
        `target office ${rule.targetOfficeId} no longer exists`,
        null,
        Weight.Reached,
      );
    return { office, region, because, params: { ...params, office: office.name } };
  }
  const kind = rule.targetOfficeKind ?? OfficeKind.POLICE_STATION;
  const office = officeByLongestPrefix(offices, kind, region);
  if (!office) {
    // A district where the offices cover streets: the street is what is missing, not an office.
    const finer = offices.some(
      (o) => o.kind === kind && o.jurisdiction.some((p) => p.length > region.length && p.startsWith(region)),
    );
    if (finer) {
      return failure(
        'REGION_TOO_COARSE',
        { ...here, officeKind: kind },
        `${word} ${place(region)} is a district; the ${kind} offices there cover streets (townships): give the 9-digit street code`,
        field,
        Weight.Reached,
      );
    }
    return failure(
      'NO_OFFICE_COVERS',
      { ...here, officeKind: kind },
      `no ${kind} office here covers ${place(region)}`,
      field,
      Weight.Reached,
    );
  }
  return { office, region, because, params: { ...params, office: office.name } };
}

/** The rule version applied, kept with a case so that later edits do not rewrite its history. */
function versionOf(rule: RoutingRule): RuleVersionRef {
  return { id: rule.id, version: rule.version };
}

/**
 * Tries the rules in ascending priority; the first that matches and finds an office wins.
 * The trace names each rule tried and why it matched or not.
 */
export function routeApplication(rules: RoutingRule[], offices: Office[], c: RoutingFacts): RoutingDecision {
  const ordered = [...rules].sort((a, b) => a.priority - b.priority || a.id - b.id);
  const trace: RoutingStep[] = [];
  let deciding: { failure: Failure; index: number } | null = null;
  for (const rule of ordered) {
    const result = evaluate(rule, c, offices);
    if ('office' in result) {
      const because = result.because.join(', ');
      trace.push({
        rule: versionOf(rule),
        matched: true,
        reason: `matched: ${because}`,
        code: 'MATCHED',
        params: result.params,
        field: null,
      });
      const explanation = `Routed to ${result.office.name} because rule "${rule.name}" matched: ${because}`;
      return Object.assign(new RoutingDecision(), {
        officeId: result.office.id,
        rule: versionOf(rule),
        regionBasis: rule.regionBasis,
        regionCode: result.region,
        explanation,
        trace,
        notAcceptedReason: null,
        notAcceptedField: null,
        headline: { code: 'ROUTED', params: { ...result.params, rule: rule.name }, text: explanation, field: null },
        decidingStep: trace.length - 1,
      });
    }
    trace.push({
      rule: versionOf(rule),
      matched: false,
      reason: result.reason,
      code: result.code,
      params: result.params,
      field: result.field,
    });
    if (result.weight > Weight.NotAbout && (!deciding || result.weight > deciding.failure.weight)) {
      deciding = { failure: result, index: trace.length - 1 };
    }
  }
  const headline: RoutingMessage = deciding
    ? {
        code: deciding.failure.code,
        params: deciding.failure.params,
        text: deciding.failure.reason,
        field: deciding.failure.field,
      }
    : {
        code: 'NO_RULE_FOR_KIND',
        params: { applicantKind: c.applicantKind, subjectCategory: c.subjectCategory },
        text: `no routing rule takes a ${c.applicantKind} application about a ${c.subjectCategory} subject`,
        field: null,
      };
  return Object.assign(new RoutingDecision(), {
    officeId: null,
    rule: null,
    regionBasis: null,
    regionCode: null,
    explanation: `Not accepted: ${headline.text}`,
    trace,
    notAcceptedReason: headline.text,
    notAcceptedField: headline.field,
    headline,
    decidingStep: deciding?.index ?? null,
  });
}
