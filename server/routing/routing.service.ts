import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../core/context';
import { ApplicantKind, RegionBasis, SubjectCategory } from '../core/enums';
import { badInput, conflict, notFound } from '../core/errors';
import { managerOf, transactionOf } from '../db/transaction';
import { regionPrefixProblem } from '../identifiers/regions';
import type { ApplicationInput } from '../intake/intake.inputs';
import { validateApplication } from '../intake/intake.validation';
import { Office } from '../offices/office.entity';
import { type RoutingFacts, routeApplication } from './routing.engine';
import type { RoutingRuleInput } from './routing.inputs';
import { AT_VERSION } from './routing.queries';
import type { RoutingDecision } from './routing-decision';
import { RoutingRule } from './routing-rule.entity';
import { RoutingRuleVersion } from './routing-rule-version.entity';

export function listRules(em: EntityManager): Promise<RoutingRule[]> {
  return em.find(RoutingRule, { order: { priority: 'ASC', id: 'ASC' } });
}

/** Routes a would-be case against the rules and offices as they are now. */
export async function decideRouting(em: EntityManager, c: RoutingFacts): Promise<RoutingDecision> {
  const [rules, offices] = await Promise.all([listRules(em), em.find(Office)]);
  return routeApplication(rules, offices, c);
}

/** What routing needs to know of a would-be application. */
export function routingFactsOf(input: ApplicationInput): RoutingFacts {
  return {
    applicantKind: input.applicantKind,
    subjectCategory: input.subject.category,
    entrusted: !!input.agent,
    daysInChina: input.subject.daysInChina ?? null,
    regions: {
      [RegionBasis.DOMICILE]: input.subject.domicileRegion ?? null,
      [RegionBasis.RESIDENCE]: input.subject.residenceRegion ?? null,
      [RegionBasis.UNIT_LOCATION]: input.unit?.region ?? null,
    },
    // Only a citizen's own application chooses between domicile and residence.
    preferredBasis:
      input.applicantKind === ApplicantKind.INDIVIDUAL && input.subject.category === SubjectCategory.CITIZEN
        ? (input.preferredBasis ?? null)
        : null,
  };
}

/** Dry run of routing for a would-be application, checked as intake checks it (nothing is stored). */
export async function explainRouting(ctx: RequestContext, input: ApplicationInput): Promise<RoutingDecision> {
  return decideRouting(managerOf(ctx), routingFactsOf(validateApplication(input)));
}

async function validateRule(em: EntityManager, input: RoutingRuleInput): Promise<void> {
  if (!input.name.trim()) throw badInput('input.name', 'is required');
  if (!Number.isInteger(input.priority) || input.priority < 0)
    throw badInput('input.priority', 'must be a whole number, 0 or more');
  if (input.regionPrefix != null) {
    const problem = regionPrefixProblem(input.regionPrefix);
    if (problem) throw badInput('input.regionPrefix', problem);
  }
  if (input.minDaysInChina != null && input.minDaysInChina < 0)
    throw badInput('input.minDaysInChina', 'cannot be negative');
  if ((input.targetOfficeKind == null) === (input.targetOfficeId == null)) {
    throw badInput(
      'input.targetOfficeKind',
      'give either a target office kind or a fixed target office, not both or neither',
    );
  }
  if (input.targetOfficeId != null && !(await em.findOneBy(Office, { id: Number(input.targetOfficeId) }))) {
    throw badInput('input.targetOfficeId', `office ${input.targetOfficeId} does not exist`);
  }
}

function ruleValues(input: RoutingRuleInput): Partial<RoutingRule> {
  return {
    name: input.name.trim(),
    priority: input.priority,
    enabled: input.enabled,
    applicantKind: input.applicantKind ?? null,
    subjectCategory: input.subjectCategory ?? null,
    entrusted: input.entrusted ?? null,
    regionBasis: input.regionBasis,
    regionPrefix: input.regionPrefix || null,
    minDaysInChina: input.minDaysInChina ?? null,
    targetOfficeKind: input.targetOfficeKind ?? null,
    targetOfficeId: input.targetOfficeId != null ? Number(input.targetOfficeId) : null,
    legalBasis: input.legalBasis ?? null,
  };
}

/** Keeps a rule's new version, which decisions made with it refer to. */
export async function keepRuleVersion(em: EntityManager, rule: RoutingRule): Promise<void> {
  await em.insert(RoutingRuleVersion, { ruleId: rule.id, version: rule.version, rule: { ...rule } });
}

export async function createRule(ctx: RequestContext, input: RoutingRuleInput): Promise<RoutingRule> {
  const em = transactionOf(ctx);
  await validateRule(em, input);
  const rule = await em.save(em.create(RoutingRule, { ...ruleValues(input), version: 1, updatedAt: new Date() }));
  await keepRuleVersion(em, rule);
  await recordAudit(ctx, em, {
    action: 'ROUTING_RULE_CREATED',
    entityType: 'RoutingRule',
    entityId: rule.id,
    detail: { after: rule },
  });
  return rule;
}

/** Loads a rule for change, checking the version the administrator saw. */
async function ruleAtVersion(em: EntityManager, id: number, version: number): Promise<RoutingRule> {
  const rule = await em.findOneBy(RoutingRule, { id });
  if (!rule) throw notFound('Routing rule', id);
  if (rule.version !== version)
    throw conflict(`Routing rule ${id} was changed by someone else (now version ${rule.version})`);
  return rule;
}

export async function updateRule(
  ctx: RequestContext,
  id: number,
  version: number,
  input: RoutingRuleInput,
): Promise<RoutingRule> {
  const em = transactionOf(ctx);
  const before = await ruleAtVersion(em, id, version);
  await validateRule(em, input);
  const result = await em
    .createQueryBuilder()
    .update(RoutingRule)
    .set({ ...ruleValues(input), version: version + 1, updatedAt: new Date() })
    .where(AT_VERSION, { id, version })
    .execute();
  if (!result.affected) throw conflict(`Routing rule ${id} was changed by someone else`);
  const after = await em.findOneByOrFail(RoutingRule, { id });
  await keepRuleVersion(em, after);
  await recordAudit(ctx, em, {
    action: 'ROUTING_RULE_UPDATED',
    entityType: 'RoutingRule',
    entityId: id,
    detail: { before, after },
  });
  return after;
}

export async function deleteRule(ctx: RequestContext, id: number, version: number): Promise<boolean> {
  const em = transactionOf(ctx);
  const before = await ruleAtVersion(em, id, version);
  const result = await em.createQueryBuilder().delete().from(RoutingRule).where(AT_VERSION, { id, version }).execute();
  if (!result.affected) throw conflict(`Routing rule ${id} was changed by someone else`);
  await recordAudit(ctx, em, {
    action: 'ROUTING_RULE_DELETED',
    entityType: 'RoutingRule',
    entityId: id,
    detail: { before },
  });
  return true;
}
