/**
 * Other modules call nothing of staffing: what the app mounts of it is in staffing.module.ts.
 */
export {};
