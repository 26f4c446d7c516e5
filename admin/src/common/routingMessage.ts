import type { RoutingDecisionFieldsFragment } from '../generated/graphql';
import { isObject } from './json';

// The routing explanation in the console's language: the server gives every trace step and the
// headline a stable code with parameters (app.intake_ux.routing.<CODE>); its own text is the
// fallback for a code this console does not know yet. A refused intake (reason NOT_ACCEPTED)
// carries the same code, so the error reads as the preview does.

export type CodedDecision = RoutingDecisionFieldsFragment;

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Params = Record<string, unknown> | null | undefined;

const ENUM_PARAMS: Record<string, string> = {
  basis: 'RegionBasis',
  preferred: 'RegionBasis',
  officeKind: 'OfficeKind',
  actual: '',
  expected: '',
  applicantKind: 'ApplicantKind',
  subjectCategory: 'SubjectCategory',
};

/** A region as the officer reads it: its name with the code, or the code alone. */
const place = (code: unknown, name: unknown) => (code == null ? '' : name ? `${name}（${code}）` : String(code));

/** The parameters translated: enum values by their labels, regions by name. */
function localParams(translate: Translate, code: string, params: Params): Record<string, unknown> {
  const p: Record<string, unknown> = { ...(params ?? {}) };
  const enumOf = (key: string, value: unknown): string => {
    let name = ENUM_PARAMS[key];
    if (name === '') name = code === 'APPLICANT_KIND_MISMATCH' ? 'ApplicantKind' : 'SubjectCategory';
    return value == null ? '' : translate(`enums.${name}.${value}`, { _: String(value) });
  };
  for (const key of Object.keys(ENUM_PARAMS)) if (key in p) p[key] = enumOf(key, p[key]);
  p.place = place(params?.region, params?.regionName);
  p.area = place(params?.prefix, params?.prefixName);
  p.days = params?.days ?? translate('app.intake_ux.routing.unknown_days');
  const conditions: string[] = [];
  if (params?.applicantKind) conditions.push(String(p.applicantKind));
  if (params?.subjectCategory) conditions.push(String(p.subjectCategory));
  if (params?.entrusted != null)
    conditions.push(translate(params.entrusted ? 'app.intake_ux.routing.entrusted' : 'app.intake_ux.routing.own'));
  if (params?.basis && params?.region) conditions.push(`${p.basis} ${p.place}`);
  if (params?.days != null && code !== 'DAYS_IN_CHINA_TOO_FEW')
    conditions.push(translate('app.intake_ux.routing.days_in_china', { days: params.days }));
  p.conditions = conditions.join(translate('app.intake_ux.routing.separator'));
  return p;
}

/** One routing message (a trace step or the headline) in the console's language; the server's text if the code is unknown. */
export function routingText(
  translate: Translate,
  code: string | null | undefined,
  params: Params,
  fallback: string,
): string {
  if (!code) return fallback;
  return translate(`app.intake_ux.routing.${code}`, { ...localParams(translate, code, params), _: fallback });
}

/** The headline of a decision: what decided, translated. */
export function headlineText(
  translate: Translate,
  decision: Pick<CodedDecision, 'headline' | 'explanation' | 'notAcceptedReason'>,
): string {
  const h = decision.headline;
  if (!h) return decision.notAcceptedReason ?? decision.explanation;
  return routingText(translate, h.code, isObject(h.params) ? h.params : null, h.text);
}
