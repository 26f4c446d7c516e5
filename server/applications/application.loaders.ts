import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { loader } from '../core/context';
import { queryNamed } from '../db/conditions';
import { rowsWhere } from '../db/rows';
import type { RoutingDecision } from '../routing/routing-decision';
import { Application } from './application.entity';
import { DOCUMENTS_OF, heldCounts } from './application.queries';
import { Document } from './document.entity';
import { OPEN_STATUSES } from './workflow';

/** The routing decision of each case (a page's rows leave it out: it is large and seldom asked). */
export const routingDecisionLoader = loader(
  'routingDecision',
  ({ ds }) =>
    new DataLoader<number, RoutingDecision>(async (ids) => {
      const rows = await ds
        .getRepository(Application)
        .find({ select: { id: true, routingDecision: true }, where: { id: In([...ids]) } });
      const map = new Map(rows.map((r) => [r.id, r.routingDecision]));
      return ids.map((id) => map.get(id) ?? new Error(`No case ${id}`));
    }),
);

/** The documents of each case, in the order they came. */
export const documentsLoader = loader(
  'documents',
  ({ ds }) =>
    new DataLoader<number, Document[]>(async (ids) => {
      const rows = await rowsWhere(ds.manager, Document, DOCUMENTS_OF.where(ids), ids, {
        orderBy: DOCUMENTS_OF.orderBy,
      });
      return ids.map((id) => rows.filter((d) => d.applicationId === id));
    }),
);

/** How many open cases each officer holds (the kept counters), for a page of officers in one statement. */
export const openCasesLoader = loader(
  'openCases',
  ({ ds }) =>
    new DataLoader<number, number>(async (officerIds) => {
      const rows = await queryNamed<{ officerId: number; n: string | number }>(ds.manager, heldCounts(ds), {
        officerIds: [...officerIds],
        open: OPEN_STATUSES,
      });
      const held = new Map(rows.map((r) => [Number(r.officerId), Number(r.n)]));
      return officerIds.map((id) => held.get(id) ?? 0);
    }),
);
