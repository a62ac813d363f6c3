import type { Expression } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { getContractRow } from './contracts.repository.ts';
import { type BillingModel, inForceStatuses } from './contracts.table.ts';

/** What other modules and the app may use of contracts. */
export { type AgreedChange, draftChangeAmendment } from './amendments/amendments.service.ts';
export {
  type BillingModel,
  type FeeScheduleItem,
  type InvoiceDetail,
  inForceStatuses,
  invoiceDetails,
  type PaymentRelease,
  paymentReleases,
  type RateUnit,
  type RetainerPeriod,
  rateUnits,
  retainerPeriods,
  type Seniority,
  seniorities,
  signedStatuses,
} from './contracts.table.ts';
export { contractTerminated } from './lifecycle/contract-events.ts';
export { findRatesInForce as ratesInForce } from './rates/rate-cards.repository.ts';
export {
  type Period,
  retainerBlocks,
  retainerEarnedBy,
  retainerPeriodOf,
  retainerPeriodsBegunBy,
} from './retainer-periods.ts';
export { contractServiceTerms, type SlaLine } from './slas/slas.service.ts';

/** A contract's number or title as a subquery, to select beside another module's rows. */
export const contractField = (
  db: Executor,
  contractId: Expression<string | null>,
  field: 'number' | 'title',
) => db.selectFrom('contracts').select(`contracts.${field}`).where('contracts.id', '=', contractId);

/** A contract's side, status and term, for modules that tie their records to one. */
export async function contractPartyOf(db: Executor, workspaceId: string, id: string) {
  const c = await getContractRow(db, workspaceId, id);
  return c
    ? {
        partyType: c.party_type,
        supplierId: c.supplier_id,
        number: c.number,
        title: c.title,
        currency: c.currency,
        valueMinor: c.value_minor,
        paymentTermsDays: c.payment_terms_days,
        paymentRelease: c.payment_release,
        feeSchedule: c.fee_schedule,
        status: c.status,
        startDate: c.start_date,
        endDate: c.end_date,
      }
    : null;
}

/** What a project takes over from the client contract it delivers; null when none such. */
export async function clientContractOf(db: Executor, workspaceId: string, id: string) {
  const c = await getContractRow(db, workspaceId, id);
  if (c?.party_type !== 'client') return null;
  return {
    clientId: c.client_id,
    number: c.number,
    title: c.title,
    currency: c.currency,
    billingModel: c.billing_model,
    valueMinor: c.value_minor,
    capMinor: c.cap_minor,
    hourBlock: c.hour_block,
    /** Fixed price: when each part of the value falls due. */
    feeSchedule: c.fee_schedule,
    invoiceDetail: c.invoice_detail,
    /** What re-billed expenses carry on top: '0.10'. */
    expenseMarkup: c.expense_markup,
    /** Retainers: how often the block renews, and whether hours past it are billed. */
    retainerPeriod: c.retainer_period,
    retainerOverage: c.retainer_overage,
    ownerId: c.owner_id,
    startDate: c.start_date,
    endDate: c.end_date,
    status: c.status,
    paymentTermsDays: c.payment_terms_days,
    /** One unit of the contract's currency in base currency, locked at signing. */
    fxRate: c.fx_rate,
  };
}

/**
 * The one client contract in force under which a client's tickets run their SLAs, when there
 * is exactly one with SLA lines; null when there is none or the choice is not ours to make.
 */
export async function serviceContractOf(db: Executor, workspaceId: string, clientId: string) {
  const rows = await db
    .selectFrom('contracts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('party_type', '=', 'client')
    .where('client_id', '=', clientId)
    .where('status', 'in', inForceStatuses)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('contract_slas')
          .select('contract_slas.id')
          .whereRef('contract_slas.contract_id', '=', 'contracts.id'),
      ),
    )
    .limit(2)
    .execute();
  return rows.length === 1 ? (rows[0]?.id ?? null) : null;
}

/** The contracts whose SLAs run on a calendar, whichever side, for clocks to measure again. */
export async function contractIdsOnCalendar(db: Executor, workspaceId: string, calendarId: string) {
  const rows = await db
    .selectFrom('contracts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('calendar_id', '=', calendarId)
    .execute();
  return rows.map((r) => r.id);
}

/** The ids of the client contracts in force billed by one of the models, for invoice runs. */
export async function clientContractIdsBilledBy(
  db: Executor,
  workspaceId: string,
  models: readonly BillingModel[],
) {
  const rows = await db
    .selectFrom('contracts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('party_type', '=', 'client')
    .where('billing_model', 'in', models)
    .where('status', 'in', inForceStatuses)
    .orderBy('number')
    .execute();
  return rows.map((r) => r.id);
}

// Read models, as the module's own pages list them (dashboards and the bench read them too).
export { listContracts } from './contracts.service.ts';
