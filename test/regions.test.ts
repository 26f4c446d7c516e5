import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionName, townshipsOf } from '../server/identifiers/regions';
import { type Client, startTestApp, type TestApp } from './support/harness';

// The regions query (issue 28, point 20): the console's pickers ask for one parent's regions at a
// time, and name a code through the server, instead of downloading the whole table.

let app: TestApp;
let officer: Client;

beforeAll(async () => {
  app = await startTestApp();
  officer = await app.as('heping.officer');
});
afterAll(() => app?.close());

const REGIONS = 'query ($parent: String, $q: String) { regions(parent: $parent, q: $q) { code name fullName } }';
const REGION = 'query ($code: String!) { region(code: $code) { code name fullName } }';
type RegionRow = { code: string; name: string; fullName: string };

describe('regions, a parent at a time', () => {
  it("lists a district's townships, by code, with their own and their full names", async () => {
    const { regions } = await officer.data<{ regions: RegionRow[] }>(REGIONS, { parent: '210102' });
    expect(regions.map((r) => r.code)).toEqual(townshipsOf('210102').map((t) => t.code));
    expect(regions.length).toBeGreaterThan(5);
    for (const r of regions) {
      expect(r.code).toMatch(/^210102\d{3}$/);
      expect(r.fullName).toBe(`辽宁省沈阳市和平区${r.name}`);
    }
  });

  it('goes down from the provinces to a city’s districts', async () => {
    const provinces = (await officer.data<{ regions: RegionRow[] }>(REGIONS, {})).regions;
    expect(provinces.find((r) => r.code === '21')).toEqual({ code: '21', name: '辽宁省', fullName: '辽宁省' });
    const cities = (await officer.data<{ regions: RegionRow[] }>(REGIONS, { parent: '21' })).regions;
    expect(cities.find((r) => r.code === '2101')?.fullName).toBe('辽宁省沈阳市');
    const districts = (await officer.data<{ regions: RegionRow[] }>(REGIONS, { parent: '2101' })).regions;
    expect(districts.find((r) => r.code === '210102')).toEqual({
      code: '210102',
      name: '和平区',
      fullName: '辽宁省沈阳市和平区',
    });
    for (const r of districts) expect(r.code).toMatch(/^2101\d{2}$/);
  });

  it('narrows by the characters of a name, in any order and not contiguous, or by the digits of a code', async () => {
    const all = (await officer.data<{ regions: RegionRow[] }>(REGIONS, { parent: '210102' })).regions;
    const byName = (await officer.data<{ regions: RegionRow[] }>(REGIONS, { parent: '210102', q: '浑湾' })).regions;
    expect(byName.map((r) => r.name)).toEqual(
      all.filter((r) => r.name.includes('浑') && r.name.includes('湾')).map((r) => r.name),
    );
    expect(byName).toHaveLength(1);
    const byCode = (await officer.data<{ regions: RegionRow[] }>(REGIONS, { parent: '210102', q: '00' })).regions;
    expect(byCode.length).toBeGreaterThan(0);
    for (const r of byCode) expect(r.code.slice(6)).toMatch(/^00/);
  });

  it('names one code, answers null for a code no region has, and an empty list under one', async () => {
    const { region } = await officer.data<{ region: RegionRow | null }>(REGION, { code: '210102001' });
    expect(region).toEqual({ code: '210102001', name: region?.name, fullName: regionName('210102001') });
    expect(region?.fullName).toMatch(/^辽宁省沈阳市和平区.+/);
    expect(region?.fullName.endsWith(region?.name ?? '?')).toBe(true);
    expect((await officer.data<{ region: RegionRow | null }>(REGION, { code: '210199' })).region).toBeNull();
    expect((await officer.data<{ regions: RegionRow[] }>(REGIONS, { parent: '210199' })).regions).toEqual([]);
  });

  it('refuses a malformed code naming the argument, and answers only the signed in', async () => {
    for (const [query, variables, field] of [
      [REGIONS, { parent: '21a' }, 'parent'],
      [REGIONS, { parent: '210102001' }, 'parent'],
      [REGION, { code: '2101021' }, 'code'],
    ] as const) {
      const { errors } = await officer.gql(query, variables);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.extensions?.field).toBe(field);
    }
    const { errors } = await app.anonymous().gql(REGIONS, { parent: '210102' });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
