import { Init1764200000000 } from './1764200000000-init';

/** Every migration, oldest first; run at start. */
export const migrations = [Init1764200000000];
