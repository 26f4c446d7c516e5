import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from '../core/context';
import { forbidden, unauthenticated } from '../core/errors';

/** @Authorized(): signed in; @Authorized(roles): signed in with one of those roles. */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  if (!context.officer) throw unauthenticated();
  if (roles.length && !roles.includes(context.officer.role)) throw forbidden();
  return true;
};
