import type { Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';

/** Reference data each process keeps in memory, versioned in `cache_version` (see db/reference-cache.ts). */
export type CachedData = 'calendar' | 'offices' | 'officers';

export type CacheVersions = Partial<Record<CachedData, number>>;

/**
 * Everything a request carries through resolvers and services. Core names no feature: the folder
 * that fills a part declares it here by declaration merging (`declare module '../core/context'`):
 * `officer` in officers/auth.service.ts, `calendar` in calendar/calendar.service.ts, and `loaders`
 * in context/loaders.ts (context/request-context.ts builds the whole of it for each request).
 */
export interface RequestContext {
  ds: DataSource;
  config: Config;
  req?: Request;
  res?: Response;
  /** The transaction of the running mutation or REST request that writes (see core/transaction.ts). */
  em?: EntityManager;
  /** The versions of the reference data kept in memory, as the request's first statement read them. */
  versions?: CacheVersions;
  /** Office ids this officer may see; null means every office (ADMIN). Filled once per request. */
  scope?: Promise<number[] | null>;
}
