import { z } from 'zod';
import { roundingModes } from '../../../platform/money.ts';
import { taxBases } from './policy.table.ts';

/** A tax rate as a decimal fraction with up to four places: 0.06 for 6%. */
const taxRate = z
  .string()
  .regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, 'a fraction from 0 to 1, such as 0.06');

const policyFields = {
  taxBasis: z.enum(taxBases),
  rounding: z.enum(roundingModes),
  pricesIncludeTax: z.boolean(),
  defaultTaxRate: taxRate,
  /** Invoices are approved by someone other than whoever drafted them. */
  fourEyes: z.boolean(),
};

export const policySchema = z
  .object({
    ...policyFields,
    /** 0 while the workspace uses the defaults and has never saved its own. */
    version: z.number().int(),
  })
  .meta({ id: 'FinancePolicy' });

export const policyBody = z.strictObject({
  ...policyFields,
  version: z.number().int().min(0),
});

export const previewBody = z.strictObject({
  policy: z.strictObject(policyFields).omit({ defaultTaxRate: true, fourEyes: true }),
  lines: z
    .array(
      z.strictObject({
        quantity: z.string().regex(/^\d{1,9}(\.\d{1,6})?$/, 'a quantity such as 7.5'),
        unitPriceMinor: z
          .string()
          .regex(/^-?\d{1,13}(\.\d{1,6})?$/, 'minor units, such as 123456.5'),
        taxRate,
      }),
    )
    .min(1)
    .max(200),
});

export const previewSchema = z
  .object({
    lines: z.array(
      z.object({
        netMinor: z.number().int(),
        taxMinor: z.number().int(),
        grossMinor: z.number().int(),
        exactNet: z.string(),
        exactTax: z.string(),
      }),
    ),
    netMinor: z.number().int(),
    taxMinor: z.number().int(),
    totalMinor: z.number().int(),
    exactTotal: z.string(),
    /** The rounded total less the exact total rounded once: its own line on the document. */
    roundingMinor: z.number().int(),
  })
  .meta({ id: 'DocumentTotals' });
