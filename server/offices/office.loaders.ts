import { loader } from '../core/context';
import { KeptRows } from '../db/reference-cache';
import { Office } from './office.entity';

/** The offices, from the process's kept copy at the request's version: answered at once once read. */
export const officeLoader = loader(
  'office',
  ({ ds, versions }) => new KeptRows(ds, Office, 'offices', versions.offices),
);
