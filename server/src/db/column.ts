import type { ColumnType, Generated } from 'kysely';

/** JSON columns are written as JSON text and read back as values on both dialects. */
export type Json<T> = ColumnType<T, string, string>;
export type Version = Generated<number>;
export type Timestamp = string;
