import type { Request, Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config';
import type { Officer } from '../officers/officer.entity';
import type { WorkCalendar } from '../calendar/calendar.service';
import type { Loaders } from './loaders';

/** Everything a request carries through resolvers and services. */
export interface RequestContext {
  ds: DataSource;
  config: Config;
  /** The signed-in officer; null for an anonymous request. */
  officer: Officer | null;
  loaders: Loaders;
  req?: Request;
  res?: Response;
  /** Office ids this officer may see; null means every office (ADMIN). Filled once per request. */
  scope?: Promise<number[] | null>;
  /** The working-day calendar, loaded at most once per request. */
  calendar?: Promise<WorkCalendar>;
}

/** The manager of the running transaction, or the plain one outside it. */
export type Db = EntityManager;
