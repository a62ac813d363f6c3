import { sortParam } from '../../platform/http/keyset.ts';
import { pageOf } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam, okSchema } from '../../platform/http/schemas.ts';
import { exchangeRateSorts } from './settings.repository.ts';
import * as s from './settings.schema.ts';
import * as settings from './settings.service.ts';

export function settingsRoutes(app: App) {
  const r = typed(app);
  const tags = ['settings'];

  r.get('/api/v1/settings', {
    config: { access: 'settings:read' },
    schema: { tags, response: { 200: s.settingsSchema } },
    handler: (req) => settings.getSettings(req.ctx),
  });

  r.patch('/api/v1/settings', {
    config: { access: 'settings:write' },
    schema: { tags, body: s.settingsUpdateBody, response: { 200: s.settingsSchema } },
    handler: (req) => settings.updateSettings(req.ctx, req.body),
  });

  r.get('/api/v1/exchange-rates', {
    config: { access: 'settings:read' },
    schema: {
      tags,
      querystring: s.exchangeRateListQuery.extend({ sort: sortParam(exchangeRateSorts, '-day') }),
      response: { 200: pageOf(s.exchangeRateSchema) },
    },
    handler: (req) => settings.listExchangeRates(req.ctx, req.query),
  });

  r.get('/api/v1/exchange-rates/on', {
    config: { access: 'settings:read' },
    schema: { tags, querystring: s.rateOnQuery, response: { 200: s.rateOnSchema } },
    handler: (req) => settings.rateOn(req.ctx, req.query.currency, req.query.day),
  });

  r.put('/api/v1/exchange-rates', {
    config: { access: 'settings:write' },
    schema: { tags, body: s.exchangeRateBody, response: { 200: s.exchangeRateSchema } },
    handler: (req) => settings.setExchangeRate(req.ctx, req.body),
  });

  r.delete('/api/v1/exchange-rates/:id', {
    config: { access: 'settings:write' },
    schema: { tags, params: idParam, response: { 200: okSchema } },
    handler: (req) => settings.deleteExchangeRate(req.ctx, req.params.id),
  });
}
