import { z } from 'zod';
import { isoTimestamp } from '../http/schemas.ts';

const listName = z.string().regex(/^[a-z][a-z-]{0,39}$/, 'a list name such as clients');

export const viewQuery = z.strictObject({ list: listName });

export const viewBody = z.strictObject({
  list: listName,
  name: z.string().trim().min(1).max(80),
  filter: z
    .record(z.string().regex(/^[a-zA-Z]{1,40}$/), z.string().max(200))
    .refine((f) => Object.keys(f).length <= 20, 'At most 20 filters'),
  shared: z.boolean().default(false),
});

export const viewSchema = z
  .object({
    id: z.string(),
    list: z.string(),
    name: z.string(),
    filter: z.record(z.string(), z.string()),
    shared: z.boolean(),
    mine: z.boolean(),
    author: z.string(),
    createdAt: isoTimestamp,
  })
  .meta({ id: 'SavedView' });
