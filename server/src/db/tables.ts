/**
 * Every table of the database. db/ knows none of them: each folder that owns tables adds
 * them here from its own `*.table.ts` (`declare module … { interface Tables extends … }`),
 * so the lower layer never imports the modules above it.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging from each owner.
export interface Tables {}
