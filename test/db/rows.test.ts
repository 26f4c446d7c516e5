import 'reflect-metadata';
import {
  Column,
  DataSource,
  type DataSourceOptions,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThrowawayDatabase } from '../../scripts/throwaway-database';
import { LIST, ROW, rowsWhere, rowsWithLists, selectList } from '../../server/db/rows';

// The entities server/db/rows.ts makes of raw rows, on tables of its own, compared with the ones
// TypeORM makes of the same rows: every kind of column the server's entities have (text, boolean,
// a DATETIME, JSON in text, an embedded group), through both paths (a row's named
// columns, and a JSON array of them read with its lists). On MariaDB when TEST_DATABASE_URL is set.

class Address {
  @Column('varchar', { length: 40 })
  city!: string;

  @Column('varchar', { length: 80, nullable: true })
  street!: string | null;
}

@Entity('hydration_depot')
class Depot {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 40 })
  name!: string;
}

@Entity('hydration_parcel')
class Parcel {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('varchar', { length: 40 })
  label!: string;

  @Column('boolean')
  sealed!: boolean;

  @Column('datetime', { nullable: true })
  sentAt!: Date | null;

  @Column('simple-json')
  tags!: string[];

  @Column(() => Address)
  address!: Address;

  @Column('int')
  depotId!: number;

  @Column('text', { nullable: true })
  note!: string | null;
}

/** A row that holds another's as a relation, which the server's entities never do. */
@Entity('hydration_route')
class Route {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => Depot)
  @JoinColumn({ name: 'depotId' })
  depot!: Depot;
}

@Entity('hydration_item')
class Item {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('int')
  parcelId!: number;

  @Column('varchar', { length: 40 })
  name!: string;
}

const entities = [Depot, Parcel, Item, Route];
let ds: DataSource;
let drop: (() => Promise<void>) | undefined;
let depot: Depot;

beforeAll(async () => {
  const base = process.env.TEST_DATABASE_URL;
  let options: DataSourceOptions = { type: 'better-sqlite3', database: ':memory:', entities, synchronize: true };
  if (base) {
    const made = await createThrowawayDatabase(base, 'rcc_rows');
    drop = made.drop;
    options = {
      type: 'mariadb',
      url: made.url,
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      entities,
      synchronize: true,
    };
  }
  ds = await new DataSource(options).initialize();
  depot = await ds.getRepository(Depot).save({ name: '和平' });
  const parcels = await ds.getRepository(Parcel).save([
    {
      label: '身份证 "正面"',
      sealed: true,
      // Whole seconds: MySQL's DATETIME keeps no milliseconds.
      sentAt: new Date('2026-12-07T08:30:05Z'),
      tags: ['a "quoted" tag', '中文'],
      address: { city: '沈阳', street: '中山路 1 号' },
      depotId: depot.id,
      note: 'line one\nline two',
    },
    {
      label: 'empty',
      sealed: false,
      sentAt: null,
      tags: [],
      address: { city: '大连', street: null },
      depotId: depot.id,
      note: null,
    },
  ]);
  await ds.getRepository(Item).save([
    { parcelId: parcels[0].id, name: 'first' },
    { parcelId: parcels[1].id, name: 'other' },
    { parcelId: parcels[0].id, name: 'second' },
  ]);
});

afterAll(async () => {
  await ds?.destroy();
  await drop?.();
});

/** The parcels as TypeORM reads them. */
const parcelsByTypeorm = () => ds.getRepository(Parcel).find({ order: { id: 'ASC' } });

describe('rows made into entities', () => {
  it('makes each row the entity TypeORM makes of it: every kind of column, the embedded group', async () => {
    const rows = await rowsWhere(ds.manager, Parcel, `${ROW}.id > ?`, [0], { orderBy: `${ROW}.id` });
    expect(rows).toEqual(await parcelsByTypeorm());
    expect(rows[0]).toBeInstanceOf(Parcel);
    expect(rows[0].address).toBeInstanceOf(Address);
    expect(rows[0].sealed).toBe(true);
    expect(rows[1].sealed).toBe(false);
    expect(rows[0].sentAt).toEqual(new Date('2026-12-07T08:30:05Z'));
    expect(rows[1].sentAt).toBeNull();
  });

  it('leaves the properties it is told to omit undefined, and reads the others', async () => {
    const [row] = await rowsWhere(ds.manager, Parcel, `${ROW}.label = ?`, ['empty'], { omit: ['note', 'address'] });
    expect(row.note).toBeUndefined();
    expect(row.address).toBeUndefined();
    expect(row).toMatchObject({ label: 'empty', tags: [], depotId: depot.id });
    expect(selectList(ds, Parcel, ROW, ['note', 'address']).select).not.toMatch(/note|city/i);
  });

  it('reads a row and its list in one statement, each as the row-by-row path makes it', async () => {
    const all = await parcelsByTypeorm();
    const { rows, lists } = await rowsWithLists(ds.manager, Parcel, `${ROW}.id = :id`, { id: all[0].id }, [
      { entity: Item, on: `${LIST}.parcelId = ${ROW}.id` },
    ]);
    expect(rows).toEqual([all[0]]);
    expect(rows[0]).toBeInstanceOf(Parcel);
    expect(lists).toHaveLength(1);
    expect(lists[0]).toEqual(
      await ds.getRepository(Item).find({ where: { parcelId: all[0].id }, order: { id: 'ASC' } }),
    );
    expect(lists[0][0]).toBeInstanceOf(Item);
  });

  it('builds one select list per entity, alias and set of omitted properties, and reuses it', () => {
    expect(selectList(ds, Parcel, ROW)).toBe(selectList(ds, Parcel, ROW));
    expect(selectList(ds, Parcel, ROW, ['note'])).not.toBe(selectList(ds, Parcel, ROW));
    expect(selectList(ds, Parcel, LIST)).not.toBe(selectList(ds, Parcel, ROW));
    expect(selectList(ds, Parcel, ROW, ['note']).columns.map((c) => c.column.propertyPath)).toEqual([
      'id',
      'label',
      'sealed',
      'sentAt',
      'tags',
      'depotId',
      'address.city',
      'address.street',
    ]);
  });

  it('refuses an entity with a relation, whose ids it would not set', () => {
    expect(() => selectList(ds, Route, ROW)).toThrow(/Route has relations \(depot\)/);
  });
});
