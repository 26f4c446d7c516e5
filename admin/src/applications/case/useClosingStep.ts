import { useQuery } from '@tanstack/react-query';
import { CLOSED_STATUSES } from '../../common/enums';
import { stringField } from '../../common/json';
import { type ApplicationRecord, useConsoleDataProvider } from '../../dataProvider';

/**
 * The step that closed the case (delivery, refusal, withdrawal), from the audit trail: the newest
 * event that brought the case to its present closing status. Closing frees the case on the
 * server, so `assignee` is then empty; every closing step needs its officer to hold the case (or
 * takes it), so that officer is the last holder. A delivery's time is in the event too, also for
 * a counter pickup (the case's `mailing` exists only for mail) and an electronic delivery (the issue).
 */
export function useClosingStep(r: ApplicationRecord | undefined): {
  holder: string | null;
  deliveredAt: string | null;
} {
  const dataProvider = useConsoleDataProvider();
  const closed = !!r && CLOSED_STATUSES.includes(r.status);
  const { data } = useQuery({
    queryKey: ['auditTrail', 'Application', r?.id, r?.version],
    queryFn: () => dataProvider.auditTrail('Application', String(r?.id)),
    enabled: closed,
  });
  if (!r || !closed) return { holder: null, deliveredAt: null };
  const events = data?.items ?? [];
  const closing = events.find(
    (e) => stringField(e.detail, 'toStatus') === r.status && stringField(e.detail, 'fromStatus') !== r.status,
  );
  // Delivered: recorded (mail or counter), or at the issue of an electronic document. A review closed since changes neither.
  const delivery =
    r.status === 'DELIVERED'
      ? events.find(
          (e) =>
            e.action === 'RECORD_DELIVERY' ||
            (e.action === 'ISSUE' && stringField(e.detail, 'toStatus') === 'DELIVERED'),
        )
      : null;
  return {
    holder: closing?.actor?.displayName ?? null,
    deliveredAt: delivery ? (stringField(delivery.detail, 'deliveredAt') ?? delivery.at) : null,
  };
}
