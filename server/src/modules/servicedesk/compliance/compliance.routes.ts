import { type App, typed } from '../../../platform/http/route.ts';
import * as s from './compliance.schema.ts';
import { slaCompliance } from './compliance.service.ts';
import { confirmSettlement } from './settlements.service.ts';

/** A month's SLA compliance per contract, with its credits and chargebacks. */
export function complianceRoutes(app: App) {
  const r = typed(app);
  r.get('/api/v1/sla-compliance', {
    config: { access: 'contracts:read' },
    schema: {
      tags: ['service desk'],
      description:
        "A month's SLA compliance for a contract: per response and resolution line, the tickets whose clocks settled in the month (met when they stopped, breached when they ran out), met, breached, attainment and the service credit its rule yields on the month's fee, with the tickets behind each; for a client contract also the chargebacks its tickets' supplier clocks yield.",
      querystring: s.complianceQuery,
      response: { 200: s.complianceSchema },
    },
    handler: (req) => slaCompliance(req.ctx, req.query),
  });
  r.post('/api/v1/sla-compliance/settlements', {
    config: { access: 'finance:approve' },
    schema: {
      tags: ['service desk'],
      description:
        "Confirms a client contract's month as computed now, once: its service credit becomes a credit line on the contract's next invoice, each supplier chargeback a deduction on that supplier's bill awaiting approval (or its next bill).",
      body: s.settlementBody,
      response: { 201: s.complianceSchema },
    },
    handler: async (req, reply) => reply.code(201).send(await confirmSettlement(req.ctx, req.body)),
  });
}
