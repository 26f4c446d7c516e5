import type { DataProvider, GetListParams } from 'react-admin';
import { graphql } from '../generated';
import type { OfficerInput, OfficerUpdateInput } from '../generated/graphql';
import { request } from './graphql';
import { found, page, refusing, result } from './resource';

/** The hand-over choice that sends an officer's open cases back to the queue rather than to an officer. */
export const RELEASE_TO_QUEUE = 'queue';

const OfficersQuery = graphql(`
  query ConsoleOfficers($page: Int, $perPage: Int, $officeIds: [ID!], $role: Role, $q: String) {
    officers(page: $page, perPage: $perPage, officeIds: $officeIds, role: $role, q: $q) { total items { ...OfficerFields } }
  }
`);

const OfficerQuery = graphql(`
  query ConsoleOfficer($id: ID!) {
    officer(id: $id) { ...OfficerFields }
  }
`);

const CreateOfficer = graphql(`
  mutation ConsoleCreateOfficer($input: OfficerInput!) {
    createOfficer(input: $input) { ...OfficerFields }
  }
`);

const UpdateOfficer = graphql(`
  mutation ConsoleUpdateOfficer($id: ID!, $input: OfficerUpdateInput!) {
    updateOfficer(id: $id, input: $input) { ...OfficerFields }
  }
`);

async function listOfficers(params: Partial<GetListParams>) {
  const { page: pageNo, perPage } = params.pagination ?? { page: 1, perPage: 100 };
  const filter = params.filter ?? {};
  const { officers } = await request(OfficersQuery, {
    page: pageNo,
    perPage,
    officeIds: filter.officeId ? [filter.officeId] : null,
    role: filter.role || null,
    q: filter.q?.trim() || null,
  });
  return page(officers.items, officers.total);
}

const ResetPassword = graphql(`
  mutation ConsoleResetOfficerPassword($id: ID!, $password: String!) {
    updateOfficer(id: $id, input: { password: $password }) { id }
  }
`);

/**
 * An administrator sets a new password for an officer; the server checks it against the password
 * rule and ends every session of that officer. The general update never sends a password.
 */
export async function resetOfficerPassword(id: string, password: string): Promise<void> {
  await request(ResetPassword, { id, password });
}

/** One officer by id (null when there is none or it is out of the signed-in officer's scope). */
const officer = async (id: string) => (await request(OfficerQuery, { id })).officer;

export const officers: DataProvider = {
  ...refusing('officers'),
  getList: (_resource, params) => listOfficers(params),
  getOne: async (_resource, { id }) => found(await officer(String(id))),
  getMany: async (_resource, { ids }) =>
    result((await Promise.all(ids.map((id) => officer(String(id))))).filter((o) => o !== null)),
  getManyReference: (_resource, params) =>
    listOfficers({ ...params, filter: { ...params.filter, [params.target]: params.id } }),
  create: async (_resource, { data }) => {
    const input: OfficerInput = {
      username: data.username,
      displayName: data.displayName,
      role: data.role,
      officeId: data.office?.id ?? data.officeId,
      password: data.password,
    };
    return result((await request(CreateOfficer, { input })).createOfficer);
  },
  update: async (_resource, { id, data }) => {
    const input: OfficerUpdateInput = {
      displayName: data.displayName,
      role: data.role,
      officeId: data.office?.id ?? null,
      active: data.active,
      // An officer deactivated while holding open cases: who takes them over, or back to the queue (HandOverInput).
      ...(data.handOverTo === RELEASE_TO_QUEUE
        ? { releaseOpenCases: true }
        : data.handOverTo
          ? { handOverTo: String(data.handOverTo) }
          : {}),
    };
    return result((await request(UpdateOfficer, { id: String(id), input })).updateOfficer);
  },
};
