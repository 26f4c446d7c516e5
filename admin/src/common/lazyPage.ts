import { type ComponentType, lazy } from 'react';

/**
 * A page in a chunk of its own, loaded when first shown (react-admin's layout holds the Suspense),
 * so that the sign-in page carries none of it; `preload` fetches it ahead, once someone has signed in.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K) {
  return Object.assign(
    lazy(() => load().then((module) => ({ default: module[name] }))),
    { preload: () => load().then(() => undefined) },
  );
}
