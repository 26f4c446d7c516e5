import { Arg, Authorized, Extensions, Query, Resolver } from 'type-graphql';
import { listCost } from '../graphql/query-cost';
import { Region } from './region';
import { findRegion, listRegions } from './region.service';

/** The most regions under one parent in the tables is 52 (a district's townships). */
const MOST_UNDER_ONE_PARENT = 60;

@Resolver(() => Region)
export class RegionResolver {
  @Authorized()
  @Query(() => [Region], {
    description:
      'The regions directly under parent (the provinces without one: a province’s cities, a city’s districts, a district’s townships), by code; with q, those whose name holds every character of q or whose code starts with its digits.',
  })
  @Extensions(listCost({ rows: MOST_UNDER_ONE_PARENT, statementsPerParent: 0 }))
  regions(
    @Arg('parent', () => String, { nullable: true }) parent: string | null,
    @Arg('q', () => String, { nullable: true }) q: string | null,
  ): Region[] {
    return listRegions(parent, q);
  }

  @Authorized()
  @Query(() => Region, {
    nullable: true,
    description: 'One region by its code (2, 4, 6 or 9 digits); null for an unknown code.',
  })
  region(@Arg('code', () => String) code: string): Region | null {
    return findRegion(code);
  }
}
