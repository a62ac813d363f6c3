import type { z } from 'zod';
import type { Executor } from '../../../db/database.ts';
import { audit, diff } from '../../../platform/audit/audit.ts';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { versionConflict } from '../../../platform/errors/app-error.ts';
import type { TaxPolicy } from './document-totals.ts';
import type { policyBody } from './policy.schema.ts';
import type { PerDiemRate } from './policy.table.ts';

export type FinancePolicy = TaxPolicy & {
  defaultTaxRate: string;
  fourEyes: boolean;
  sellerName: string | null;
  sellerTaxId: string | null;
  sellerAddress: string | null;
  sellerBank: string | null;
  fapiaoCategory: string | null;
  reminderDays: number[];
  billTolerance: string;
  perDiemRates: PerDiemRate[];
  version: number;
};

/**
 * What a workspace uses until it chooses: VAT on each line, half away from zero, prices
 * before tax, 6% (China's rate for IT and consulting services), invoices approved by a
 * second person, payment reminders a week, a month and two months after the due date, and
 * supplier bill lines within 2% of what they match.
 */
const defaults: Readonly<FinancePolicy> = {
  taxBasis: 'line',
  rounding: 'half_up',
  pricesIncludeTax: false,
  defaultTaxRate: '0.06',
  fourEyes: true,
  sellerName: null,
  sellerTaxId: null,
  sellerAddress: null,
  sellerBank: null,
  fapiaoCategory: null,
  reminderDays: [7, 30, 60],
  billTolerance: '0.02',
  perDiemRates: [],
  version: 0,
};

/** The workspace's policy, or the defaults while it has not saved one. */
export async function policyOf(db: Executor, workspaceId: string): Promise<FinancePolicy> {
  const row = await db
    .selectFrom('finance_policies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!row) return { ...defaults, reminderDays: [...defaults.reminderDays], perDiemRates: [] };
  return {
    taxBasis: row.tax_basis,
    rounding: row.rounding,
    pricesIncludeTax: row.prices_include_tax,
    defaultTaxRate: row.default_tax_rate,
    fourEyes: row.four_eyes,
    sellerName: row.seller_name,
    sellerTaxId: row.seller_tax_id,
    sellerAddress: row.seller_address,
    sellerBank: row.seller_bank,
    fapiaoCategory: row.fapiao_category,
    reminderDays: row.reminder_days ?? defaults.reminderDays,
    billTolerance: row.bill_tolerance ?? defaults.billTolerance,
    perDiemRates: row.per_diem_rates ?? [],
    version: row.version,
  };
}

export const getPolicy = (ctx: Ctx) => policyOf(ctx.db, workspaceOf(ctx));

/**
 * Saves the policy for documents made from now on; documents already made keep the figures
 * they were made with. The first save inserts at version 1, each later one needs the version
 * read.
 */
export async function savePolicy(ctx: Ctx, input: z.infer<typeof policyBody>) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await policyOf(trx, workspaceId);
    if (before.version !== input.version) throw versionConflict();
    const values = {
      tax_basis: input.taxBasis,
      rounding: input.rounding,
      prices_include_tax: input.pricesIncludeTax,
      default_tax_rate: input.defaultTaxRate,
      four_eyes: input.fourEyes,
      seller_name: input.sellerName,
      seller_tax_id: input.sellerTaxId,
      seller_address: input.sellerAddress,
      seller_bank: input.sellerBank,
      fapiao_category: input.fapiaoCategory,
      reminder_days: input.reminderDays && JSON.stringify(input.reminderDays),
      bill_tolerance: input.billTolerance,
      per_diem_rates: input.perDiemRates && JSON.stringify(input.perDiemRates),
      updated_at: isoNow(ctx.clock),
      version: input.version + 1,
    };
    const written =
      input.version === 0
        ? await trx
            .insertInto('finance_policies')
            .values({ workspace_id: workspaceId, ...values })
            .onConflict((oc) => oc.column('workspace_id').doNothing())
            .executeTakeFirst()
            .then((r) => Number(r.numInsertedOrUpdatedRows ?? 0))
        : await trx
            .updateTable('finance_policies')
            .set(values)
            .where('workspace_id', '=', workspaceId)
            .where('version', '=', input.version)
            .executeTakeFirst()
            .then((r) => Number(r.numUpdatedRows));
    if (written === 0) throw versionConflict();
    const { version: _v, ...changed } = input;
    await audit(trx, ctx, {
      action: 'finance_policy.update',
      entityType: 'finance_policy',
      entityId: workspaceId,
      changes: diff(before, changed),
    });
  });
  return getPolicy(ctx);
}
