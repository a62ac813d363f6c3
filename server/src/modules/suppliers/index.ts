/** What other modules may use of suppliers. */
export { isBlacklisted } from './supplier-lifecycle.ts';
export { supplierRoutes } from './suppliers.routes.ts';
export { getSupplier } from './suppliers.service.ts';
