import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from './context';
import { forbidden, unauthenticated } from './errors';

/** @Authorized(): signed in; @Authorized(roles): signed in with one of those roles. */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  if (!context.officer) throw unauthenticated();
  if (roles.length && !roles.includes(context.officer.role)) throw forbidden();
  return true;
};
