import { ApplicantKind, OfficeKind, RegionBasis, SubjectCategory } from '../core/enums';
import { regionName } from '../identifiers/regions';
import type { Office } from '../offices/office.entity';
import { RoutingDecision, type RoutingStep, type RuleVersionRef } from './routing-decision';
import type { RoutingRule } from './routing-rule.entity';

/** What routing looks at in a would-be case. */
export interface RoutingCase {
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

interface Failure {
  reason: string;
  field: string | null;
  relevant: boolean;
}
type Evaluation = { office: Office; region: string; because: string[] } | Failure;

function evaluate(rule: RoutingRule, c: RoutingCase, offices: Office[]): Evaluation {
  const because: string[] = [];
  // Failures before the region checks mean "this rule is not about this kind of case".
  const notThisKind = (reason: string): Failure => ({ reason, field: null, relevant: false });
  if (!rule.enabled) return notThisKind('rule is disabled');
  if (rule.applicantKind && rule.applicantKind !== c.applicantKind)
    return notThisKind(`applicant is ${c.applicantKind}, rule takes ${rule.applicantKind}`);
  if (rule.applicantKind) because.push(rule.applicantKind);
  if (rule.subjectCategory && rule.subjectCategory !== c.subjectCategory)
    return notThisKind(`subject is ${c.subjectCategory}, rule takes ${rule.subjectCategory}`);
  if (rule.subjectCategory) because.push(rule.subjectCategory);
  if (rule.entrusted != null && rule.entrusted !== c.entrusted) {
    return notThisKind(
      c.entrusted ? 'application is entrusted to an agent, rule takes own applications' : 'application is not entrusted, rule takes entrusted ones',
    );
  }
  if (rule.entrusted != null) because.push(rule.entrusted ? 'entrusted' : 'own application');
  const basis = rule.regionBasis;
  const word = BASIS_WORD[basis];
  if (c.preferredBasis && basis !== RegionBasis.UNIT_LOCATION && c.preferredBasis !== basis) {
    return notThisKind(`applicant chose to apply by ${BASIS_WORD[c.preferredBasis]}`);
  }
  const region = c.regions[basis];
  const field = REGION_FIELD[basis];
  if (!region) return { reason: `no ${word} region given`, field, relevant: true };
  if (rule.regionPrefix && !region.startsWith(rule.regionPrefix)) {
    return { reason: `${word} ${place(region)} is outside ${place(rule.regionPrefix)}`, field, relevant: false };
  }
  because.push(`${word} ${place(region)}`);
  if (rule.minDaysInChina != null) {
    const days = c.daysInChina;
    if (days == null || days < rule.minDaysInChina) {
      return {
        reason: `subject has stayed ${days ?? 'an unknown number of'} days in China; at least ${rule.minDaysInChina} are required`,
        field: 'subject.daysInChina',
        relevant: true,
      };
    }
    because.push(`${days} days in China`);
  }
  if (rule.targetOfficeId != null) {
    const office = offices.find((o) => o.id === rule.targetOfficeId);
    if (!office) return { reason: `target office ${rule.targetOfficeId} no longer exists`, field: null, relevant: true };
    return { office, region, because };
  }
  const kind = rule.targetOfficeKind ?? OfficeKind.POLICE_STATION;
  const office = officeByLongestPrefix(offices, kind, region);
  if (!office) return { reason: `no ${kind} office here covers ${place(region)}`, field, relevant: true };
  return { office, region, because };
}

/** The rule version applied, kept with a case so that later edits do not rewrite its history. */
function versionOf(rule: RoutingRule): RuleVersionRef {
  return { id: rule.id, version: rule.version };
}

/**
 * Tries the rules in ascending priority; the first that matches and finds an office wins.
 * The trace names each rule tried and why it matched or not.
 */
export function routeCase(rules: RoutingRule[], offices: Office[], c: RoutingCase): RoutingDecision {
  const ordered = [...rules].sort((a, b) => a.priority - b.priority || a.id - b.id);
  const trace: RoutingStep[] = [];
  let firstRelevant: Failure | null = null;
  for (const rule of ordered) {
    const result = evaluate(rule, c, offices);
    if ('office' in result) {
      trace.push({ rule: versionOf(rule), matched: true, reason: `matched: ${result.because.join(', ')}` });
      return Object.assign(new RoutingDecision(), {
        officeId: result.office.id,
        rule: versionOf(rule),
        regionBasis: rule.regionBasis,
        regionCode: result.region,
        explanation: `Routed to ${result.office.name} because rule "${rule.name}" matched: ${result.because.join(', ')}`,
        trace,
        notAcceptedReason: null,
        notAcceptedField: null,
      });
    }
    trace.push({ rule: versionOf(rule), matched: false, reason: result.reason });
    if (result.relevant && !firstRelevant) firstRelevant = result;
  }
  const reason = firstRelevant?.reason ?? `no routing rule takes a ${c.applicantKind} application about a ${c.subjectCategory} subject`;
  return Object.assign(new RoutingDecision(), {
    officeId: null,
    rule: null,
    regionBasis: null,
    regionCode: null,
    explanation: `Not accepted: ${reason}`,
    trace,
    notAcceptedReason: reason,
    notAcceptedField: firstRelevant?.field ?? null,
  });
}
