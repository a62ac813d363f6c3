import { z } from 'zod';
import { isoTimestamp } from '../../../platform/http/schemas.ts';

export const fapiaoBody = z
  .strictObject({
    /** 20 digits for a fully digital e-invoice; 8 with a code for the older kinds. */
    number: z.string().regex(/^(\d{8}|\d{20})$/, '20 digits, or 8 with a fapiao code'),
    code: z
      .string()
      .regex(/^(\d{10}|\d{12})$/, '10 or 12 digits')
      .optional(),
    issuedOn: z.iso.date(),
    /** 价税合计 and 税额 as printed on it, in the invoices' currency minor units. */
    totalMinor: z.number().int(),
    taxMinor: z.number().int(),
    invoiceIds: z.array(z.uuid()).min(1).max(50),
  })
  .refine((f) => (f.number.length === 20) === (f.code === undefined), {
    message: 'A 20-digit number has no code; an 8-digit number needs one',
    path: ['code'],
  });

export const fapiaoSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    code: z.string().nullable(),
    issuedOn: z.string(),
    totalMinor: z.number().int(),
    taxMinor: z.number().int(),
    invoices: z.array(z.object({ id: z.string(), number: z.string() })),
    createdAt: isoTimestamp,
  })
  .meta({ id: 'Fapiao' });

export const fapiaoQuery = z.object({ invoiceId: z.uuid() });
