import { useSyncExternalStore } from 'react';

// Whether the server answers: every request says so (the GraphQL client below, and the banner's
// own retries), and the layout's banner (ConnectionBanner) shows while it does not.

let reachable = true;
const listeners = new Set<() => void>();

/** Records whether the server just answered (true) or could not be reached (false). */
export function reportReachable(answered: boolean): void {
  if (answered === reachable) return;
  reachable = answered;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

/** Whether the server answered the last request (a component re-renders when that changes). */
export const useReachable = (): boolean => useSyncExternalStore(subscribe, () => reachable);

/** Whether an answer came from a proxy standing in for a server that is down (no answer of ours). */
export const isGatewayFailure = (status: number) => status === 502 || status === 503 || status === 504;
