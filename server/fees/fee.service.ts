import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import type { RequestContext } from '../core/context';
import { badInput } from '../core/errors';
import { transactionOf } from '../db/transaction';
import { regionPrefixProblem } from '../identifiers/regions';
import type { Office } from '../offices/office.entity';
import { FeeRule } from './fee-rule.entity';

export function listFeeRules(em: EntityManager): Promise<FeeRule[]> {
  return em.find(FeeRule, { order: { regionPrefix: 'ASC' } });
}

/** The fee for cases of an office: the rule with the longest prefix of any of its jurisdiction codes; none is free. */
export async function feeForOffice(em: EntityManager, office: Pick<Office, 'jurisdiction'>): Promise<number> {
  const rules = await listFeeRules(em);
  let best: FeeRule | null = null;
  for (const rule of rules) {
    const covers = office.jurisdiction.some((code) => code.startsWith(rule.regionPrefix));
    if (covers && (!best || rule.regionPrefix.length > best.regionPrefix.length)) best = rule;
  }
  return best?.amount ?? 0;
}

/** Sets (amount > 0) or clears (amount 0) the fee of a region prefix. */
export async function setFeeRule(
  ctx: RequestContext,
  regionPrefix: string,
  amount: number,
  note: string | null,
): Promise<FeeRule> {
  const em = transactionOf(ctx);
  const problem = regionPrefixProblem(regionPrefix);
  if (problem) throw badInput('regionPrefix', problem);
  if (!Number.isFinite(amount) || amount < 0 || amount > 10_000)
    throw badInput('amount', 'must be between 0 and 10000');
  if (Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) throw badInput('amount', 'at most two decimals (fen)');
  const before = await em.findOneBy(FeeRule, { regionPrefix });
  const rule = em.create(FeeRule, {
    ...(before ?? {}),
    regionPrefix,
    amount,
    note: note?.trim() || null,
    updatedAt: new Date(),
  });
  if (amount === 0) {
    if (before) await em.delete(FeeRule, { id: before.id });
  } else {
    await em.save(rule);
  }
  await recordAudit(ctx, em, {
    action: amount === 0 ? 'FEE_RULE_CLEARED' : 'FEE_RULE_SET',
    entityType: 'FeeRule',
    entityId: regionPrefix,
    detail: { before, after: amount === 0 ? null : rule },
  });
  return Object.assign(rule, { id: rule.id ?? before?.id ?? 0 });
}
