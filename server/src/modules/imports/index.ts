/**
 * Other modules call nothing of imports: what the app mounts of it is in imports.module.ts.
 */
export {};
