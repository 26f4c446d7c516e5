import type { Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { Role } from './enums';
import { unauthenticated } from './errors';

/** Reference data each process keeps in memory, versioned in `cache_version` (see db/reference-cache.ts). */
export type CachedData = 'calendar' | 'offices' | 'officers';

export type CacheVersions = Partial<Record<CachedData, number>>;

/** The signed-in officer as a request knows it (officers/officer.entity.ts's Officer is one). */
export interface SessionOfficer {
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly officeId: number;
}

/** The online hall's machine client a request comes from (clients/client.entity.ts's HallClient is one). */
export interface MachineClient {
  readonly id: number;
  readonly clientId: string;
  readonly name: string;
}

/** What a loader reads with: the database and the versions of the kept reference data the request saw. */
export interface LoaderSource {
  readonly ds: DataSource;
  readonly versions: CacheVersions;
  readonly loaders: Loaders;
}

/**
 * A value a request makes on first use and keeps until it ends: a batch loader, the working-day
 * calendar, the record reads it audits. Each room declares its own next to what it loads.
 */
export interface Loader<T> {
  readonly name: string;
  readonly make: (source: LoaderSource) => T;
}

export const loader = <T>(name: string, make: (source: LoaderSource) => T): Loader<T> => ({ name, make });

/** The loaders of one request: each made once, on first use, for this request only. */
export class Loaders {
  private readonly made = new Map<Loader<unknown>, unknown>();
  private readonly source: LoaderSource;

  constructor(ds: DataSource, versions: CacheVersions) {
    this.source = { ds, versions, loaders: this };
  }

  of<T>(loader: Loader<T>): T {
    if (this.made.has(loader)) return this.made.get(loader) as T;
    const value = loader.make(this.source);
    this.made.set(loader, value);
    return value;
  }

  /** Forgets what was loaded: a mutation run again after a rollback reads anew. */
  clear(): void {
    this.made.clear();
  }
}

/**
 * Everything a request carries through resolvers and services, built by requestContext below and
 * nowhere else. Who acts is the officer, the hall's client, or neither (a public page, a worker).
 */
export interface RequestContext {
  readonly ds: DataSource;
  readonly config: Config;
  readonly req?: Request;
  readonly res?: Response;
  /** The signed-in officer; null for an anonymous request, the hall's clients and the workers. */
  readonly officer: SessionOfficer | null;
  /** The hall's machine client the request comes from; absent for the console and the public pages. */
  readonly client?: MachineClient;
  /** The case a payment notice names: the payment platform reaches it whichever client handed it over. */
  paymentApplicationId?: number;
  /** The versions of the reference data kept in memory, as the request's first statement read them. */
  readonly versions: CacheVersions;
  /** Loaders, the calendar and what else the request reads once and keeps (see Loader). */
  readonly loaders: Loaders;
  /** The transaction of the running mutation or REST request that writes (see db/transaction.ts). */
  em?: EntityManager;
  /** Office ids this officer may see; null means every office (ADMIN). Filled once per request. */
  scope?: Promise<number[] | null>;
}

/** The signed-in officer of a request that needs one (@Authorized lets no other through); UNAUTHENTICATED otherwise. */
export function officerOf(ctx: RequestContext): SessionOfficer {
  if (!ctx.officer) throw unauthenticated();
  return ctx.officer;
}

/** The parts a request context is built of; the rest starts empty. */
export interface RequestParts {
  ds: DataSource;
  config: Config;
  req?: Request;
  res?: Response;
  officer?: SessionOfficer | null;
  client?: MachineClient;
  versions?: CacheVersions;
}

/** The one place a request context is made (an HTTP request, a hall request, a script, a test). */
export function requestContext({ officer = null, versions = {}, ...parts }: RequestParts): RequestContext {
  return { ...parts, officer, versions, loaders: new Loaders(parts.ds, versions) };
}
