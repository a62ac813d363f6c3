import { v7 } from 'uuid';

/** UUIDv7: time-ordered, so primary keys index well and sort by creation. */
export const newId = (): string => v7();
