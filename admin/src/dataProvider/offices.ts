import type { CreateParams, DataProvider, GetListParams, UpdateParams } from 'react-admin';
import { graphql } from '../generated';
import type { OfficeInput, OfficeKind } from '../generated/graphql';
import { request } from './graphql';
import { found, page, refusing, requiredField, result } from './resource';

const OfficesQuery = graphql(`
  query ConsoleOffices($page: Int, $perPage: Int, $q: String, $kind: OfficeKind) {
    offices(page: $page, perPage: $perPage, q: $q, kind: $kind) { total items { ...OfficeFields } }
  }
`);

const OfficeQuery = graphql(`
  query ConsoleOffice($id: ID!) {
    office(id: $id) { ...OfficeFields }
  }
`);

const CreateOffice = graphql(`
  mutation ConsoleCreateOffice($input: OfficeInput!) {
    createOffice(input: $input) { ...OfficeFields }
  }
`);

const UpdateOffice = graphql(`
  mutation ConsoleUpdateOffice($id: ID!, $input: OfficeInput!) {
    updateOffice(id: $id, input: $input) { ...OfficeFields }
  }
`);

/** What the office form holds: an office's fields, the parent as it was read ({ id, name }) or picked (parentId). */
interface OfficeFormValues {
  code: string;
  name: string;
  kind: OfficeKind;
  jurisdiction?: readonly (string | null | undefined)[] | null;
  parent?: { id: string } | null;
  parentId?: string | null;
  address?: string | null;
  phone?: string | null;
}

/** The office form → OfficeInput. */
const officeInput = (d: Partial<OfficeFormValues>): OfficeInput => ({
  code: requiredField(d, 'code'),
  name: requiredField(d, 'name'),
  kind: requiredField(d, 'kind'),
  jurisdiction: (d.jurisdiction ?? []).filter((code): code is string => !!code),
  parentId: d.parent?.id ?? d.parentId ?? null,
  address: d.address || null,
  phone: d.phone || null,
});

async function listOffices(params: Partial<GetListParams>) {
  const { page: pageNo, perPage } = params.pagination ?? { page: 1, perPage: 100 };
  const filter = params.filter ?? {};
  return (await request(OfficesQuery, { page: pageNo, perPage, q: filter.q || null, kind: filter.kind || null }))
    .offices;
}

export const offices: DataProvider = {
  ...refusing('offices'),
  getList: async (_resource, params) => {
    const { items, total } = await listOffices(params);
    return page(items, total);
  },
  getOne: async (_resource, { id }) => found((await request(OfficeQuery, { id: String(id) })).office),
  getMany: async (_resource, { ids }) => {
    const { items } = await listOffices({ pagination: { page: 1, perPage: 200 } });
    return result(items.filter((o) => ids.map(String).includes(o.id)));
  },
  getManyReference: async (_resource, params) => {
    const { items, total } = await listOffices({ ...params, filter: { ...params.filter, [params.target]: params.id } });
    return page(items, total);
  },
  create: async (_resource, { data }: CreateParams<OfficeFormValues>) =>
    result((await request(CreateOffice, { input: officeInput(data) })).createOffice),
  update: async (_resource, { id, data }: UpdateParams<OfficeFormValues & { id: string }>) =>
    result((await request(UpdateOffice, { id: String(id), input: officeInput(data) })).updateOffice),
};
