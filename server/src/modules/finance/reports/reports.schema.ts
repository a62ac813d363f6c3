import { z } from 'zod';
import { exportQuery } from '../../../platform/http/table-export.ts';

export const pnlGroupings = ['project', 'client', 'month'] as const;

const pnlFields = {
  from: z.iso.date(),
  to: z.iso.date(),
  by: z.enum(pnlGroupings).default('project'),
  /** One project only. */
  projectId: z.uuid().optional(),
};

/** A range of days that ends after it starts and spans three years at most. */
const inRange = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema
    .refine((q) => q.from <= q.to, { message: 'from is on or before to', path: ['to'] })
    .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 3 * 366 * 86_400_000, {
      message: 'Three years at most',
      path: ['to'],
    });

export const pnlQuery = inRange(z.object(pnlFields));
export const pnlExportQuery = inRange(z.object({ ...pnlFields, ...exportQuery.shape }));

const figures = {
  revenueMinor: z.number().int(),
  labourCostMinor: z.number().int(),
  subcontractCostMinor: z.number().int(),
  /** Approved expense claims at their cost before VAT. */
  expensesMinor: z.number().int(),
  grossMarginMinor: z.number().int(),
  /** Gross margin over revenue, in percent to one place; null without revenue. */
  marginPercent: z.string().nullable(),
  hours: z.number(),
};

export const pnlSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    by: z.enum(pnlGroupings),
    currency: z.string(),
    rows: z.array(z.object({ key: z.string(), label: z.string(), ...figures })),
    totals: z.object(figures),
  })
  .meta({ id: 'ProfitAndLoss' });

/** The P&L figures a project's row can be opened on. */
export const pnlFigures = ['revenue', 'labour', 'subcontract', 'expenses'] as const;
/** What an item behind a figure is. */
export const sourceKinds = [
  'time',
  'bill',
  'expense',
  'milestone',
  'completion',
  'retainer',
  'overage',
] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const pnlSourcesQuery = inRange(
  z.object({
    from: z.iso.date(),
    to: z.iso.date(),
    projectId: z.uuid(),
    figure: z.enum(pnlFigures),
  }),
);

export const pnlSourcesSchema = z
  .object({
    currency: z.string(),
    figure: z.enum(pnlFigures),
    /** What the rows add up to: the figure in the project's P&L row. */
    totalMinor: z.number().int(),
    rows: z.array(
      z.object({
        kind: z.enum(sourceKinds),
        /** The day worked or accepted, or the month a share of completion or a period fell in. */
        day: z.string(),
        /** Who worked it, or the milestone, period, bill or expense claim. */
        label: z.string(),
        hours: z.number().nullable(),
        amountMinor: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ProfitAndLossSources' });

export const dsoQuery = z.object({
  months: z.coerce.number().int().min(1).max(36).default(12),
});

export const dsoSchema = z
  .object({
    currency: z.string(),
    months: z.array(
      z.object({
        month: z.string(),
        /** Receivables on the month's last day (today for this month), from the ledger. */
        receivablesMinor: z.number().int(),
        /** Revenue posted over the three months to it, and their days. */
        revenueMinor: z.number().int(),
        days: z.number().int(),
        /** Days sales outstanding; null without revenue. */
        dso: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: 'DsoTrend' });

export const cashQuery = z.object({
  weeks: z.coerce.number().int().min(1).max(26).default(13),
});
export const cashExportQuery = cashQuery.extend(exportQuery.shape);

export const cashForecastSchema = z
  .object({
    asOf: z.string(),
    currency: z.string(),
    /** The bank account's balance today. */
    openingMinor: z.number().int(),
    weeks: z.array(
      z.object({
        weekStart: z.string(),
        receiptsMinor: z.number().int(),
        paymentsMinor: z.number().int(),
        netMinor: z.number().int(),
        closingMinor: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'CashForecast' });

const ref = z.object({ id: z.string(), name: z.string() });

export const riskSchema = z
  .object({
    asOf: z.string(),
    currency: z.string(),
    marginFloorPercent: z.number(),
    /** Per foreign currency: open receivables and payables, booked and at today's rate. */
    fxExposure: z.array(
      z.object({
        currency: z.string(),
        receivableMinor: z.number().int(),
        payableMinor: z.number().int(),
        netMinor: z.number().int(),
        /** What each side was booked at in base, and the net: at the rates booked, and today's. */
        receivableBookedMinor: z.number().int(),
        payableBookedMinor: z.number().int(),
        bookedMinor: z.number().int(),
        rate: z.string().nullable(),
        todayMinor: z.number().int().nullable(),
        /** What revaluing today would show: a gain positive. */
        unrealisedMinor: z.number().int().nullable(),
      }),
    ),
    /** Revenue invoiced over the last year per client, net of credit notes, in base currency. */
    concentration: z.array(
      z.object({
        client: ref,
        revenueMinor: z.number().int(),
        sharePercent: z.number().nullable(),
      }),
    ),
    /** Approved billable hours on time-and-materials contracts no invoice bills yet. */
    unbilledWork: z.array(
      z.object({
        project: z.object({ id: z.string(), number: z.string(), name: z.string() }),
        hours: z.number(),
        amountMinor: z.number().int(),
        oldestDay: z.string(),
      }),
    ),
    /** Projects whose margin at completion falls below the floor. */
    marginAtRisk: z.array(
      z.object({
        project: z.object({ id: z.string(), number: z.string(), name: z.string() }),
        currency: z.string(),
        contractValueMinor: z.number().int(),
        eacMinor: z.number().int(),
        marginPercent: z.number(),
      }),
    ),
  })
  .meta({ id: 'FinancialRisk' });
