import type { RequestContext } from '../core/context';
import { badInput } from '../core/errors';
import { managerOf } from '../db/transaction';
import { isIsoDate } from '../graphql/scalars';
import { Office } from '../offices/office.entity';
import { officeSubtree, scopeOfficeIds } from '../offices/office.service';

// What the reports share: the period and offices a report covers, and the median and percentile
// of a histogram of working days.

export const MAX_DAYS = 366;

/** The offices the report covers: the asked ones (bureaus with everything below them) within the officer's scope. */
export async function reportOffices(
  ctx: RequestContext,
  officeIds: string[] | null | undefined,
): Promise<{ all: Office[]; covered: Office[] }> {
  const all = await managerOf(ctx)
    .getRepository(Office)
    .find({ order: { code: 'ASC' } });
  const scope = await scopeOfficeIds(ctx);
  let ids = scope ?? all.map((o) => o.id);
  if (officeIds?.length) {
    const asked = new Set(officeIds.flatMap((id) => officeSubtree(all, Number(id))));
    ids = ids.filter((id) => asked.has(id));
  }
  const set = new Set(ids);
  return { all, covered: all.filter((o) => set.has(o.id)) };
}

/** A report's period: two real dates, in order, at most MAX_DAYS apart. */
export function validatePeriod(input: { from: string; to: string }, fields = 'input.'): void {
  if (!isIsoDate(input.from)) throw badInput(`${fields}from`, 'must be a date YYYY-MM-DD');
  if (!isIsoDate(input.to)) throw badInput(`${fields}to`, 'must be a date YYYY-MM-DD');
  if (input.to < input.from) throw badInput(`${fields}to`, `must not be before from (${input.from})`);
  if (Date.parse(input.to) - Date.parse(input.from) > MAX_DAYS * 86400_000)
    throw badInput(`${fields}to`, `a report covers at most ${MAX_DAYS} days`);
}

/** The value of the `rank`-th smallest (from 0) in a histogram of whole working days, and the count in all. */
function histogramRanks(histogram: Map<number, number>) {
  const sorted = [...histogram.entries()].sort(([a], [b]) => a - b);
  const total = sorted.reduce((s, [, n]) => s + n, 0);
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const [days, n] of sorted) {
      seen += n;
      if (rank < seen) return days;
    }
    return sorted[sorted.length - 1][0];
  };
  return { total, valueAt };
}

/** The median of a histogram of whole working days (the mean of the two middle values for an even count). */
export function histogramMedian(histogram: Map<number, number>): number | null {
  const { total, valueAt } = histogramRanks(histogram);
  if (!total) return null;
  return total % 2 ? valueAt((total - 1) / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
}

/** The p-th percentile (nearest rank) of a histogram of whole working days. */
export function histogramPercentile(histogram: Map<number, number>, p: number): number | null {
  const { total, valueAt } = histogramRanks(histogram);
  if (!total) return null;
  return valueAt(Math.min(total - 1, Math.max(0, Math.ceil((p / 100) * total) - 1)));
}
