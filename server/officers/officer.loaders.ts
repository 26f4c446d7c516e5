import { loader } from '../core/context';
import { KeptRows } from '../db/reference-cache';
import { Officer } from './officer.entity';

/** The officers, from the process's kept copy at the request's version: answered at once once read. */
export const officerLoader = loader(
  'officer',
  ({ ds, versions }) => new KeptRows(ds, Officer, 'officers', versions.officers),
);
