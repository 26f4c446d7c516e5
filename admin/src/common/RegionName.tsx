import { Tooltip } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { type ConsoleDataProvider, useConsoleDataProvider } from '../dataProvider';
import { REGION_CODE } from '../shared';

// Region names are the server's (regions and region in the schema): the console names a code exactly as the server does.

/** The query of a region by its code, read once per code and page load (the tables change with a release only). */
export const regionQuery = (dataProvider: ConsoleDataProvider, code: string) => ({
  queryKey: ['region', code],
  queryFn: () => dataProvider.region(code),
  staleTime: Number.POSITIVE_INFINITY,
});

/** The region of a GB/T 2260 code; undefined while it loads, null for a code no region has. */
export function useRegion(code: string | null | undefined) {
  const dataProvider = useConsoleDataProvider();
  const wanted = !!code && REGION_CODE.test(code);
  const { data } = useQuery({ ...regionQuery(dataProvider, code ?? ''), enabled: wanted });
  return wanted ? data : undefined;
}

/** A region by its full name (辽宁省沈阳市和平区…街道), the code in the tooltip; the bare code while it loads or when it is unknown. */
export function RegionName({ code }: { code: string | null | undefined }) {
  const name = useRegion(code)?.fullName;
  if (!code) return null;
  return (
    <Tooltip title={code}>
      <span data-testid="region" data-code={code} data-named={name ? 'true' : 'false'}>
        {name ?? code}
      </span>
    </Tooltip>
  );
}
