/**
 * Other modules call nothing of search: what the app mounts of it is in search.module.ts.
 */
export {};
