import { graphql } from '../generated';
import type { ConsoleRegionsQuery } from '../generated/graphql';
import { request } from './graphql';

// The administrative divisions, asked of the server a parent at a time: the console holds no table of its own.

const Regions = graphql(`
  query ConsoleRegions($parent: String) {
    regions(parent: $parent) {
      code
      name
      fullName
    }
  }
`);

const RegionByCode = graphql(`
  query ConsoleRegion($code: String!) {
    region(code: $code) {
      code
      name
      fullName
    }
  }
`);

export type Region = ConsoleRegionsQuery['regions'][number];

export const regions = {
  /** The regions directly under `parent`: a district's townships, by code. */
  regionsUnder: async (parent: string): Promise<Region[]> => (await request(Regions, { parent })).regions,
  /** One region by its code; null for a code no region has. */
  region: async (code: string): Promise<Region | null> => (await request(RegionByCode, { code })).region ?? null,
};
