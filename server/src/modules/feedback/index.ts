/**
 * Other modules call nothing of feedback: what the app mounts of it is in feedback.module.ts.
 */
export {};
