import { z } from 'zod';
import { versionField } from '../../../platform/http/schemas.ts';
import { minorUnits } from '../../../platform/money.ts';
import { costCategories } from '../projects.table.ts';

const category = z.enum(costCategories);

export const budgetBody = z.strictObject({
  version: versionField,
  lines: z
    .array(z.strictObject({ category, plannedMinor: minorUnits }))
    .max(costCategories.length)
    .refine((lines) => new Set(lines.map((l) => l.category)).size === lines.length, {
      message: 'Each category once',
    }),
});

export const budgetSchema = z
  .object({
    currency: z.string(),
    budgetMinor: z.number().int(),
    /** The budget no category has been given yet; negative when the split overshoots it. */
    unallocatedMinor: z.number().int(),
    lines: z.array(
      z.object({
        category,
        plannedMinor: z.number().int(),
        /** Spent so far, for those who see costs: approved time at cost; null where not tracked yet. */
        actualMinor: z.number().int().nullable(),
      }),
    ),
    version: versionField,
  })
  .meta({ id: 'ProjectBudget' });
