import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as ob from './onboarding.schema.ts';
import * as onboarding from './onboarding.service.ts';

/** The workspace's onboarding checklist, each supplier's progress, and the due diligence. */
export function onboardingRoutes(app: App) {
  const r = typed(app);
  const tags = ['suppliers'];
  const items = { 200: z.array(ob.onboardingItemSchema) };
  const progress = { 200: ob.onboardingSchema };

  r.get('/api/v1/onboarding-items', {
    config: { access: 'suppliers:read' },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(ob.onboardingItemSchema) } },
    handler: async (req) => pageFromAll(await onboarding.listOnboardingItems(req.ctx), req.query),
  });
  r.post('/api/v1/onboarding-items', {
    config: { access: 'settings:write' },
    schema: { tags, body: ob.onboardingItemBody, response: items },
    handler: (req) => onboarding.addOnboardingItem(req.ctx, req.body),
  });
  r.delete('/api/v1/onboarding-items/:id', {
    config: { access: 'settings:write' },
    schema: { tags, params: idParam, response: items },
    handler: (req) => onboarding.removeOnboardingItem(req.ctx, req.params.id),
  });
  // Onboarding is our assessment of the supplier: internal users only (suppliers:write).
  r.get('/api/v1/suppliers/:id/onboarding', {
    config: { access: 'suppliers:write' },
    schema: { tags, params: idParam, response: progress },
    handler: (req) => onboarding.getOnboarding(req.ctx, req.params.id),
  });
  r.put('/api/v1/suppliers/:id/onboarding/:itemId', {
    config: { access: 'suppliers:write' },
    schema: { tags, params: ob.stepParams, body: ob.onboardingStepBody, response: progress },
    handler: (req) => onboarding.markStep(req.ctx, req.params.id, req.params.itemId, req.body),
  });
  r.put('/api/v1/suppliers/:id/due-diligence', {
    config: { access: 'suppliers:write' },
    schema: { tags, params: idParam, body: ob.dueDiligenceBody, response: progress },
    handler: (req) => onboarding.assessDueDiligence(req.ctx, req.params.id, req.body),
  });
}
