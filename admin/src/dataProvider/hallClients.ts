import type { DataProvider, GetListParams } from 'react-admin';
import { graphql } from '../generated';
import type { HallClientFieldsFragment, HallClientInput } from '../generated/graphql';
import { request } from './graphql';
import { found, page, refusing, result } from './resource';

// The online hall's machine clients (administrators only): all of them at once (a few), by their
// client id. A client's secret is issued by two named methods, never by react-admin's create, so
// that it reaches the dialog that shows it once and no cache of react-admin keeps it.

const HallClientsQuery = graphql(`
  query ConsoleHallClients {
    hallClients { ...HallClientFields }
  }
`);

const CreateHallClient = graphql(`
  mutation ConsoleCreateHallClient($input: HallClientInput!) {
    createHallClient(input: $input) { client { ...HallClientFields } clientSecret }
  }
`);

const UpdateHallClient = graphql(`
  mutation ConsoleUpdateHallClient($clientId: String!, $input: HallClientInput!) {
    updateHallClient(clientId: $clientId, input: $input) { ...HallClientFields }
  }
`);

const RotateHallClientSecret = graphql(`
  mutation ConsoleRotateHallClientSecret($clientId: String!, $graceMinutes: Int!) {
    rotateHallClientSecret(clientId: $clientId, graceMinutes: $graceMinutes) { client { ...HallClientFields } clientSecret }
  }
`);

/** What the hall's API lets a client do: hand over applications and papers, tell of payments, read status. */
export const HALL_SCOPES = ['intake', 'payments', 'status'] as const;
export type HallScope = (typeof HALL_SCOPES)[number];

/** The longest a rotated secret may keep working (the server's MAX_GRACE_MINUTES): a week. */
export const MAX_GRACE_MINUTES = 7 * 24 * 60;

/** A client as react-admin holds it: its client id is its id. */
export type HallClientRecord = HallClientFieldsFragment & { id: string };

/** A client and its new secret, for the dialog that shows the secret once. */
export interface IssuedSecret {
  client: HallClientRecord;
  clientSecret: string;
}

const record = (client: HallClientFieldsFragment): HallClientRecord => ({ ...client, id: client.clientId });

/** The client form → HallClientInput (an empty callback address clears it: the client then reads GET /events). */
export const hallClientInput = (d: Record<string, unknown>): HallClientInput => ({
  name: typeof d.name === 'string' ? d.name : null,
  scopes: Array.isArray(d.scopes) ? d.scopes.map(String) : [],
  callbackUrl: typeof d.callbackUrl === 'string' && d.callbackUrl.trim() ? d.callbackUrl.trim() : null,
  ...(typeof d.active === 'boolean' ? { active: d.active } : {}),
});

const allClients = async () => (await request(HallClientsQuery)).hallClients.map(record);

/** react-admin's list sort, done here: the server answers every client in the order they were registered. */
function sorted(clients: HallClientRecord[], params: Partial<GetListParams>): HallClientRecord[] {
  const field = params.sort?.field as keyof HallClientRecord | undefined;
  if (!field || !clients.some((c) => field in c)) return clients;
  const order = params.sort?.order === 'DESC' ? -1 : 1;
  return [...clients].sort((a, b) => order * String(a[field] ?? '').localeCompare(String(b[field] ?? '')));
}

export const hallClients: DataProvider = {
  ...refusing('hallClients'),
  getList: async (_resource, params) => {
    const clients = sorted(await allClients(), params);
    const { page: pageNo, perPage } = params.pagination ?? { page: 1, perPage: clients.length };
    return page(clients.slice((pageNo - 1) * perPage, pageNo * perPage), clients.length);
  },
  getOne: async (_resource, { id }) => found((await allClients()).find((c) => c.id === String(id))),
  getMany: async (_resource, { ids }) => result((await allClients()).filter((c) => ids.map(String).includes(c.id))),
  update: async (_resource, { id, data }) =>
    result(
      record(
        (await request(UpdateHallClient, { clientId: String(id), input: hallClientInput(data) })).updateHallClient,
      ),
    ),
};

export const hallClientSecrets = {
  /** Registers a client; its secret is in this answer only. */
  createHallClient: async (input: HallClientInput): Promise<IssuedSecret> => {
    const { client, clientSecret } = (await request(CreateHallClient, { input })).createHallClient;
    return { client: record(client), clientSecret };
  },
  /** A new secret for the client, in this answer only; the one before keeps working `graceMinutes` (0: it stops at once). */
  rotateHallClientSecret: async (clientId: string, graceMinutes: number): Promise<IssuedSecret> => {
    const { client, clientSecret } = (await request(RotateHallClientSecret, { clientId, graceMinutes }))
      .rotateHallClientSecret;
    return { client: record(client), clientSecret };
  },
};
