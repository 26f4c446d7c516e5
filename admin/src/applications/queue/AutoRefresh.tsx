import { useEffect } from 'react';
import { useRefresh } from 'react-admin';

/** Reloads the page of the queue every 30 s; filters, sort, page and selection stay as they are. */
export function AutoRefresh() {
  const refresh = useRefresh();
  useEffect(() => {
    const timer = setInterval(refresh, 30_000);
    return () => clearInterval(timer);
  }, [refresh]);
  return null;
}
