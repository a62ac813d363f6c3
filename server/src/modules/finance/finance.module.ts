import type { ModuleManifest } from '../../platform/modules/manifest.ts';
import { deliveryRoutes } from './delivery/delivery.routes.ts';
import { seedFinance } from './finance.seed.ts';
import { invoiceRoutes } from './invoices/invoices.routes.ts';
import { ledgerRoutes } from './ledger/ledger.routes.ts';
import { paymentRoutes } from './payments/payments.routes.ts';
import { taxRoutes } from './tax/tax.routes.ts';

export const finance = {
  name: 'finance',
  routes: [ledgerRoutes, taxRoutes, invoiceRoutes, deliveryRoutes, paymentRoutes],
  seed: { finance: seedFinance },
} satisfies ModuleManifest;
