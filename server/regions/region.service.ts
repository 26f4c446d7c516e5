import { badInput } from '../core/errors';
import { matchesRegion, REGION_CODE } from '../identifiers/region-match';
import { regionName, regionsUnder } from '../identifiers/regions';
import type { Region } from './region';

/** The regions directly under `parent` (the provinces under none) whose name holds every character of `q`. */
export function listRegions(parent: string | null, q: string | null): Region[] {
  if (parent != null && !/^(\d{2}|\d{4}|\d{6})$/.test(parent))
    throw badInput('parent', 'must be a region code of 2, 4 or 6 digits (a province, a city, a county or district)');
  return regionsUnder(parent)
    .filter((r) => matchesRegion(r, q ?? ''))
    .map((r) => ({ ...r, fullName: regionName(r.code) ?? r.name }));
}

/** One region by its code; null for a code no region has. */
export function findRegion(code: string): Region | null {
  if (!REGION_CODE.test(code)) throw badInput('code', 'must be a region code of 2, 4, 6 or 9 digits');
  const fullName = regionName(code);
  if (!fullName) return null;
  const parent = code.length === 9 ? code.slice(0, 6) : code.length === 2 ? null : code.slice(0, code.length - 2);
  const own = regionsUnder(parent).find((r) => r.code === code);
  return { code, name: own?.name ?? fullName, fullName };
}
