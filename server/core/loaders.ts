import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Document } from '../documents/document.entity';
import { Office } from '../offices/office.entity';
import { Officer } from '../officers/officer.entity';

/** Per-request batch loaders: a page of cases costs one query per relation, not one per row. */
export function createLoaders(ds: DataSource) {
  const byId = <T extends { id: number }>(entity: new () => T) =>
    new DataLoader<number, T | null>(async (ids) => {
      const rows = await ds.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
  return {
    office: byId(Office),
    officer: byId(Officer),
    documentsOfApplication: new DataLoader<number, Document[]>(async (ids) => {
      const rows = await ds.getRepository(Document).find({ where: { applicationId: In([...ids]) }, order: { id: 'ASC' } });
      return ids.map((id) => rows.filter((d) => d.applicationId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
