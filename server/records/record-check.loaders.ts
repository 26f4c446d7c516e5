import DataLoader from 'dataloader';
import { loader } from '../core/context';
import type { RecordCheck } from './record-check.entity';
import { recordChecksOf } from './record-check.service';

/** The registry checks of each case, newest first. */
export const recordChecksLoader = loader(
  'recordChecks',
  ({ ds }) => new DataLoader<number, RecordCheck[]>((ids) => recordChecksOf(ds.manager, ids)),
);
