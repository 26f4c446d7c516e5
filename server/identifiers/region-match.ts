// What a person types to find a region among its neighbours, shared with the console's picker.

/** A code a region may have: 2 digits a province, 4 a city, 6 a county or district, 9 a township. */
export const REGION_CODE = /^(\d{2}|\d{4}|\d{6}|\d{9})$/;

/** A region as listed under its parent: its GB/T 2260 code and its own name (not its parents'). */
export interface RegionEntry {
  code: string;
  name: string;
}

/** A region matches when every character typed occurs in its name, or the digits typed start its code or its own last digits. */
export function matchesRegion(region: RegionEntry, typed: string): boolean {
  const query = typed.replace(/\s+/g, '');
  if (!query) return true;
  if (/^\d+$/.test(query)) return region.code.startsWith(query) || region.code.slice(6).startsWith(query);
  return [...query].every((ch) => region.name.includes(ch));
}
