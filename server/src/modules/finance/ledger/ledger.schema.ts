import { z } from 'zod';
import { sortParam } from '../../../platform/http/keyset.ts';
import { listQuery } from '../../../platform/http/pagination.ts';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { accountPurposes, accountTypes, journalSources } from './ledger.table.ts';

const day = z.iso.date();
const name = z.string().trim().min(1).max(200);
/** YYYY-MM: a month of the ledger. */
export const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');
const code = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z.-]{1,20}$/, 'digits, letters, dots and dashes, at most 20');
const amount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const accountSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    type: z.enum(accountTypes),
    purpose: z.enum(accountPurposes).nullable(),
    active: z.boolean(),
    /** Whether any journal posts to it: then its code and type are fixed. */
    used: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'LedgerAccount' });

export const accountQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  type: z.enum(accountTypes).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const accountBody = z.strictObject({
  code,
  nameZh: name,
  nameEn: name,
  type: z.enum(accountTypes),
});

export const accountUpdateBody = z.strictObject({
  code: code.optional(),
  nameZh: name.optional(),
  nameEn: name.optional(),
  type: z.enum(accountTypes).optional(),
  active: z.boolean().optional(),
  version: versionField,
});

const lineInput = z.strictObject({
  accountId: z.uuid(),
  debitMinor: amount.default(0),
  creditMinor: amount.default(0),
  memo: z.string().trim().max(500).optional(),
});

export const journalBody = z.strictObject({
  postedOn: day,
  description: z.string().trim().min(1).max(500),
  lines: z.array(lineInput).min(2).max(200),
});

export const reverseBody = z.strictObject({
  /** The day of the reversal; today when left out. */
  postedOn: day.optional(),
  reason: z.string().trim().min(1).max(500),
});

const accountRef = z
  .object({ id: z.string(), code: z.string(), nameZh: z.string(), nameEn: z.string() })
  .meta({ id: 'LedgerAccountRef' });

export const journalLineSchema = z
  .object({
    seq: z.number().int(),
    account: accountRef,
    debitMinor: z.number().int(),
    creditMinor: z.number().int(),
    currency: z.string(),
    amountMinor: z.number().int(),
    fxRate: z.string(),
    memo: z.string().nullable(),
    projectId: z.string().nullable(),
    clientId: z.string().nullable(),
    supplierId: z.string().nullable(),
  })
  .meta({ id: 'JournalLine' });

const journalFields = {
  id: z.string(),
  number: z.string(),
  postedOn: z.string(),
  period: z.string(),
  description: z.string(),
  sourceType: z.enum(journalSources),
  sourceId: z.string().nullable(),
  reversesId: z.string().nullable(),
  /** The journal that reversed this one, if any. */
  reversedById: z.string().nullable(),
  currency: z.string(),
  totalMinor: z.number().int(),
  createdAt: isoTimestamp,
};

export const journalSummarySchema = z.object(journalFields).meta({ id: 'JournalSummary' });
export const journalSchema = z
  .object({ ...journalFields, lines: z.array(journalLineSchema) })
  .meta({ id: 'Journal' });

export const journalSorts = { postedOn: 'journals.posted_on', number: 'journals.number' };
export const journalQuery = listQuery.extend({
  period: period.optional(),
  accountId: z.uuid().optional(),
  sourceType: z.enum(journalSources).optional(),
  sort: sortParam(journalSorts, '-postedOn'),
});

export const trialBalanceQuery = z.strictObject({
  from: day.optional(),
  to: day.optional(),
});

export const trialBalanceSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    currency: z.string(),
    rows: z.array(
      z.object({
        account: accountRef,
        type: z.enum(accountTypes),
        /** Debit balance positive, credit balance negative: before `from`, and after `to`. */
        openingMinor: z.number().int(),
        debitMinor: z.number().int(),
        creditMinor: z.number().int(),
        closingMinor: z.number().int(),
      }),
    ),
    totals: z.object({
      debitMinor: z.number().int(),
      creditMinor: z.number().int(),
      /** Σ debits = Σ credits over the range and before it. */
      balanced: z.boolean(),
    }),
  })
  .meta({ id: 'TrialBalance' });

export const periodSchema = z
  .object({
    period: z.string(),
    journals: z.number().int(),
    /** Its month-end accruals are posted. */
    accrued: z.boolean(),
    closed: z.boolean(),
    closedAt: isoTimestamp.nullable(),
  })
  .meta({ id: 'LedgerPeriod' });
export const periodParam = z.object({ period });
export const reopenBody = z.strictObject({ reason: z.string().trim().min(1).max(500) });

/** A month's accruals as posted: each journal, reversed on the next month's first day. */
export const monthEndSchema = z
  .object({ period: z.string(), journals: z.array(journalSchema) })
  .meta({ id: 'MonthEndAccruals' });
