import { type App, typed } from '../../../platform/http/route.ts';
import * as s from './desk-settings.schema.ts';
import { getDeskSettings, putDeskSettings } from './desk-settings.service.ts';

/** How the workspace's desk runs: its priority matrix. */
export function deskSettingsRoutes(app: App) {
  const r = typed(app);
  const tags = ['service desk'];
  const path = '/api/v1/servicedesk/settings';
  r.get(path, {
    config: { access: 'tickets:read' },
    schema: {
      tags,
      description:
        "The desk's impact × urgency priority matrix (ITIL's until the workspace sets one).",
      response: { 200: s.deskSettingsSchema },
    },
    handler: (req) => getDeskSettings(req.ctx),
  });
  r.put(path, {
    config: { access: 'tickets:manage' },
    schema: {
      tags,
      description:
        'Sets the priority matrix on the version read; new tickets and changes of impact or urgency take it.',
      body: s.deskSettingsBody,
      response: { 200: s.deskSettingsSchema },
    },
    handler: (req) => putDeskSettings(req.ctx, req.body),
  });
}
