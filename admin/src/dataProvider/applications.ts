import type { DataProvider, GetListParams } from 'react-admin';
import { graphql } from '../generated';
import {
  type ApplicationFieldsFragment,
  type ApplicationFilter,
  type ApplicationInput,
  type ApplicationRowFieldsFragment,
  ApplicationSortField,
} from '../generated/graphql';
import { request } from './graphql';
import { found, page, refusing, result } from './resource';

// The queue and the case page: cases are listed, read and submitted here; the steps of a case are
// the workflow methods (./workflow).

/** A case as the case page reads it (getOne, create and every workflow step answer it). */
export type ApplicationRecord = ApplicationFieldsFragment;

/** A case as a row of the queue (getList, getMany): the fields the queue shows. */
export type ApplicationRow = ApplicationRowFieldsFragment;

const ApplicationsQuery = graphql(`
  query ConsoleApplications($filter: ApplicationFilter, $sort: ApplicationSort, $page: Int, $perPage: Int) {
    applications(filter: $filter, sort: $sort, page: $page, perPage: $perPage) { total items { ...ApplicationRowFields } }
  }
`);

const ApplicationQuery = graphql(`
  query ConsoleApplication($id: ID!) {
    application(id: $id) { ...ApplicationFields }
  }
`);

const SubmitApplication = graphql(`
  mutation ConsoleSubmitApplication($input: ApplicationInput!) {
    submitApplication(input: $input) { ...ApplicationFields }
  }
`);

/** The list filter of the console → ApplicationFilter (empty values dropped). */
export function applicationFilter(filter: Record<string, unknown> = {}): ApplicationFilter {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === '' || value == null || (Array.isArray(value) && !value.length)) continue;
    if (key === 'status' || key === 'slaState' || key === 'recordCheckStatus')
      out[key] = Array.isArray(value) ? value : [value];
    else if (key === 'officeId') out.officeIds = [value];
    // A date picked in the console is a Shanghai calendar day: from its start, to its end.
    else if (key === 'submittedFrom') out[key] = new Date(`${value}T00:00:00+08:00`).toISOString();
    else if (key === 'submittedTo') out[key] = new Date(`${value}T23:59:59.999+08:00`).toISOString();
    else out[key] = value;
  }
  return out;
}

const SORT_FIELDS: readonly string[] = Object.values(ApplicationSortField);

/** A column of the queue (submittedAt) → the schema's ApplicationSortField (SUBMITTED_AT), if it is one. */
export function sortField(source: string | undefined): ApplicationSortField {
  const field = (source ?? '').replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
  return SORT_FIELDS.includes(field) ? (field as ApplicationSortField) : ApplicationSortField.SUBMITTED_AT;
}

async function listApplications(params: Partial<GetListParams>) {
  const { page: pageNo, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  const { applications } = await request(ApplicationsQuery, {
    filter: applicationFilter(params.filter),
    sort: { field: sortField(params.sort?.field), order: params.sort?.order === 'ASC' ? 'ASC' : 'DESC' },
    page: pageNo,
    perPage,
  });
  return page(applications.items, applications.total);
}

export const applications: DataProvider = {
  ...refusing('applications'),
  getList: (_resource, params) => listApplications(params),
  getOne: async (_resource, { id }) => found((await request(ApplicationQuery, { id: String(id) })).application),
  getMany: (_resource, { ids }) =>
    listApplications({
      filter: { ids: ids.map(String) },
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'submittedAt', order: 'DESC' },
    }),
  getManyReference: (_resource, params) =>
    listApplications({ ...params, filter: { ...params.filter, [params.target]: params.id } }),
  create: async (_resource, { data }) =>
    result((await request(SubmitApplication, { input: data as ApplicationInput })).submitApplication),
};
