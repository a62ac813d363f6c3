import { z } from 'zod';
import { invoiceKinds } from '../invoices/invoices.table.ts';
import { fapiaoSchema } from './fapiao.schema.ts';

export const pdfQuery = z.object({
  /** The client's language when left out. */
  language: z.enum(['zh-CN', 'en-US']).optional(),
});

export const fapiaoExportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  issuedFrom: z.iso.date().optional(),
  issuedTo: z.iso.date().optional(),
  clientId: z.uuid().optional(),
});

const party = z.object({
  name: z.string().nullable(),
  taxId: z.string().nullable(),
  address: z.string().nullable(),
  bank: z.string().nullable(),
});

/** What the tax platform needs to issue the fapiao, and the fapiao recorded so far. */
export const fapiaoDataSchema = z
  .object({
    invoiceId: z.string(),
    number: z.string(),
    currency: z.string(),
    seller: party,
    buyer: party.extend({ phone: z.string().nullable() }),
    lines: z.array(
      z.object({
        itemName: z.string(),
        unit: z.string(),
        quantity: z.string(),
        unitPrice: z.string(),
        netMinor: z.number().int(),
        taxRate: z.string(),
        taxMinor: z.number().int(),
        grossMinor: z.number().int(),
      }),
    ),
    netMinor: z.number().int(),
    taxMinor: z.number().int(),
    totalMinor: z.number().int(),
    /** 价税合计（大写）. */
    capitals: z.string(),
    fapiao: z.array(fapiaoSchema),
  })
  .meta({ id: 'FapiaoData' });

export const portalInvoiceSchema = z
  .object({
    id: z.string(),
    kind: z.enum(invoiceKinds),
    number: z.string(),
    contract: z.object({ number: z.string(), title: z.string() }),
    currency: z.string(),
    issueDate: z.string(),
    dueDate: z.string(),
    netMinor: z.number().int(),
    taxMinor: z.number().int(),
    totalMinor: z.number().int(),
    /** Why a credit note credits what it does. */
    reason: z.string().nullable(),
  })
  .meta({ id: 'PortalInvoice' });
