import DataLoader from 'dataloader';
import { loader } from '../core/context';
import type { HallEvent } from './hall-event.entity';
import { hallEventsOf } from './hall-event.service';

/** The events told to the hall of each case. */
export const hallEventsLoader = loader(
  'hallEvents',
  ({ ds }) => new DataLoader<number, HallEvent[]>((ids) => hallEventsOf(ds.manager, ids)),
);
