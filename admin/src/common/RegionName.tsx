import { Tooltip } from '@mui/material';
import { useRegions } from './useRegions';

// Region names come from the server's own module, so the console names a code exactly as the server does.

/** The full name of a GB/T 2260 code (辽宁省沈阳市和平区…街道); undefined while the tables load or for an unknown code. */
export function useRegionName(code: string | null | undefined): string | undefined {
  const regions = useRegions(!!code);
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
