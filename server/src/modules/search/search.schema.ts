import { z } from 'zod';
import { pageQuery } from '../../platform/http/pagination.ts';
import { searchEntityTypes } from './search.table.ts';

export const searchQuery = pageQuery.extend({ q: z.string().trim().min(1).max(100) });

export const searchHitSchema = z
  .object({
    type: z.enum(searchEntityTypes),
    id: z.string(),
    number: z.string().nullable(),
    title: z.string(),
    subtitle: z.string().nullable(),
    /** For a contact, the client whose page shows it. */
    clientId: z.string().nullable(),
  })
  .meta({ id: 'SearchHit' });
