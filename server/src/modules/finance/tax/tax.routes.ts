import { type App, typed } from '../../../platform/http/route.ts';
import { documentTotals } from './document-totals.ts';
import * as s from './policy.schema.ts';
import { getPolicy, savePolicy } from './policy.service.ts';

/** The workspace's tax and rounding policy, and what it makes of a document's lines. */
export function taxRoutes(app: App) {
  const r = typed(app);
  const tags = ['finance'];

  r.get('/api/v1/finance/policy', {
    config: { access: 'finance:read' },
    schema: { tags, response: { 200: s.policySchema } },
    handler: (req) => getPolicy(req.ctx),
  });
  r.put('/api/v1/finance/policy', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'Saves how documents made from now on are taxed and rounded; `version` is 0 for the first save.',
      body: s.policyBody,
      response: { 200: s.policySchema },
    },
    handler: (req) => savePolicy(req.ctx, req.body),
  });
  r.post('/api/v1/finance/policy/preview', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'Lines, tax and total of a document under a policy, rounded and exact, without saving anything.',
      body: s.previewBody,
      response: { 200: s.previewSchema },
    },
    handler: async (req) => documentTotals(req.body.lines, req.body.policy),
  });
}
