import { z } from 'zod';
import { currencyCode, fraction, minorUnits, roundingModes } from '../../../platform/money.ts';
import { taxBases } from './policy.table.ts';

/** A tax rate as a decimal fraction with up to four places: 0.06 for 6%. */
const taxRate = fraction;

/** A day's allowance where people travel to: 上海 CNY 30000 (¥300). */
const perDiemRate = z
  .strictObject({
    location: z.string().trim().min(1).max(100),
    currency: currencyCode,
    dailyMinor: minorUnits,
  })
  .meta({ id: 'PerDiemRate' });

const policyFields = {
  taxBasis: z.enum(taxBases),
  rounding: z.enum(roundingModes),
  pricesIncludeTax: z.boolean(),
  defaultTaxRate: taxRate,
  /** Invoices are approved by someone other than whoever drafted them. */
  fourEyes: z.boolean(),
};

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable().optional();

/** Who issues the invoices, as the fapiao and the PDF print the seller (销售方). */
const sellerFields = {
  sellerName: optionalText(200),
  /** 纳税人识别号: the unified social credit code. */
  sellerTaxId: optionalText(60),
  sellerAddress: optionalText(300),
  /** Bank and account number (开户行及账号), printed for the client to pay into. */
  sellerBank: optionalText(200),
  /** The tax classification that prefixes each fapiao item name: *信息技术服务*. */
  fapiaoCategory: optionalText(60),
  /** Days after the due date on which payment reminders go out, in order. */
  reminderDays: z
    .array(z.number().int().min(1).max(365))
    .max(6)
    .refine((days) => days.every((d, i) => i === 0 || d > (days[i - 1] as number)), {
      message: 'Ascending days, each once',
    })
    .optional(),
  /** A supplier bill line within this fraction of what it matches counts as matched: 0.02. */
  billTolerance: taxRate.optional(),
  /** The daily allowance of an expense claim's per-diem line, per location, each once. */
  perDiemRates: z
    .array(perDiemRate)
    .max(100)
    .refine((rates) => new Set(rates.map((r) => r.location)).size === rates.length, {
      message: 'Each location once',
    })
    .optional(),
};
const sellerOut = {
  sellerName: z.string().nullable(),
  sellerTaxId: z.string().nullable(),
  sellerAddress: z.string().nullable(),
  sellerBank: z.string().nullable(),
  fapiaoCategory: z.string().nullable(),
  reminderDays: z.array(z.number().int()),
  billTolerance: z.string(),
  perDiemRates: z.array(perDiemRate),
};

export const policySchema = z
  .object({
    ...policyFields,
    ...sellerOut,
    /** 0 while the workspace uses the defaults and has never saved its own. */
    version: z.number().int(),
  })
  .meta({ id: 'FinancePolicy' });

/** Seller fields left out keep what was saved; null clears them. */
export const policyBody = z.strictObject({
  ...policyFields,
  ...sellerFields,
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
