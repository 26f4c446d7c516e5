import DataLoader from 'dataloader';
import { loader } from '../core/context';
import type { Notification } from './notification.entity';
import { notificationsOf } from './notification.service';

/** The messages to the applicant of each case. */
export const notificationsLoader = loader(
  'notifications',
  ({ ds }) => new DataLoader<number, Notification[]>((ids) => notificationsOf(ds.manager, ids)),
);
