import type { AuthProvider } from 'react-admin';
import { preloadWork } from './applications';
import { isGatewayFailure } from './dataProvider/connection';
import { isUnauthenticated, request } from './dataProvider/graphql';
import { graphql } from './generated';
import type { ConsoleMeQuery } from './generated/graphql';

const MeQuery = graphql(`
  query ConsoleMe {
    me { id username displayName role office { id name } }
  }
`);

export type Me = ConsoleMeQuery['me'];

let current: Promise<Me | null> | null = null;

/** The signed-in officer, asked once and kept until login or logout. */
export function currentOfficer(): Promise<Me | null> {
  current ??= request(MeQuery)
    .then((d) => d.me)
    .catch(() => null);
  return current;
}

/** Who may do what in the console; the server decides again on every request. */
export function allowed(role: string | undefined, resource: string, action: string): boolean {
  if (!role) return false;
  const admin = role === 'ADMIN';
  switch (resource) {
    case 'applications':
      return action === 'create' ? !admin : !['delete', 'edit'].includes(action);
    case 'applications.claimNext':
      // Administrators work no case.
      return !admin;
    case 'applications.bulkAssign':
      return role === 'SUPERVISOR';
    case 'applications.officeFilter':
      return role === 'SUPERVISOR' || admin;
    case 'notifications':
    case 'hallEvents':
      // Sending a failed text message or callback to the online hall again is casework: officers and supervisors, not administrators.
      return action === 'resend' && !admin;
    case 'hallClients':
      // The online hall's machine clients and their secrets: administrators only. A client is
      // disabled, never deleted (its cases and callbacks name it).
      return admin && action !== 'delete';
    case 'routingRules':
      return ['list', 'show'].includes(action) || admin;
    case 'routingSimulator':
      return true;
    case 'offices':
    case 'officers':
    case 'calendar':
      return admin || (resource === 'offices' && ['list', 'show'].includes(action));
    default:
      return admin;
  }
}

export const authProvider: AuthProvider = {
  login: async ({ username, password }) => {
    // The sign-in form shows the message (a translation key) as a toast in the console's language.
    const res = await fetch('/api/login', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    }).catch(() => null);
    if (!res || isGatewayFailure(res.status)) throw new Error('app.errors.SERVER_UNREACHABLE');
    if (!res.ok) throw new Error(res.status === 401 ? 'app.auth.wrong_credentials' : 'app.auth.login_failed');
    current = null;
    // The work pages load while the console asks who signed in, not after.
    preloadWork().catch(() => undefined);
  },
  logout: async () => {
    await fetch('/api/logout', { method: 'POST', credentials: 'same-origin' }).catch(() => undefined);
    current = null;
  },
  checkAuth: async () => {
    if (!(await currentOfficer())) {
      current = null;
      throw new Error('app.auth.sign_in');
    }
  },
  checkError: async (error) => {
    if (isUnauthenticated(error)) {
      current = null;
      throw new Error('app.auth.session_ended');
    }
  },
  getIdentity: async () => {
    const me = await currentOfficer();
    if (!me) throw new Error('app.auth.sign_in');
    return { id: me.id, fullName: `${me.displayName} · ${me.office.name}`, role: me.role, officeId: me.office.id };
  },
  getPermissions: async () => (await currentOfficer())?.role,
  canAccess: async ({ resource, action }) => allowed((await currentOfficer())?.role, resource, action),
};
