import { pageFromAll, pageOf, pageQuery } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam } from '../../platform/http/schemas.ts';
import { presetCountries } from './calendar-days.ts';
import * as s from './calendars.schema.ts';
import * as calendars from './calendars.service.ts';

/** Working calendars: business hours, holidays and make-up days, and business time on them. */
export function calendarRoutes(app: App) {
  const r = typed(app);
  const tags = ['settings'];
  const one = { 200: s.calendarSchema };

  r.get('/api/v1/calendars', {
    config: { access: 'settings:read' },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(s.calendarSchema) } },
    handler: async (req) => pageFromAll(await calendars.listCalendars(req.ctx), req.query),
  });

  r.get('/api/v1/calendars/countries', {
    config: { access: 'settings:read' },
    schema: { tags, response: { 200: s.countriesSchema } },
    handler: async () => presetCountries(),
  });

  r.get('/api/v1/calendars/:id', {
    config: { access: 'settings:read' },
    schema: { tags, params: idParam, response: one },
    handler: (req) => calendars.getCalendar(req.ctx, req.params.id),
  });

  r.post('/api/v1/calendars', {
    config: { access: 'settings:write' },
    schema: { tags, body: s.calendarBody, response: { 201: s.calendarSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await calendars.createCalendar(req.ctx, req.body)),
  });

  r.patch('/api/v1/calendars/:id', {
    config: { access: 'settings:write' },
    schema: { tags, params: idParam, body: s.calendarUpdateBody, response: one },
    handler: (req) => calendars.updateCalendar(req.ctx, req.params.id, req.body),
  });

  r.post('/api/v1/calendars/:id/days', {
    config: { access: 'settings:write' },
    schema: { tags, params: idParam, body: s.calendarDayBody, response: one },
    handler: (req) => calendars.addCalendarDay(req.ctx, req.params.id, req.body),
  });

  r.delete('/api/v1/calendars/:id/days/:dayId', {
    config: { access: 'settings:write' },
    schema: { tags, params: s.calendarDayParams, response: one },
    handler: (req) => calendars.removeCalendarDay(req.ctx, req.params.id, req.params.dayId),
  });

  r.post('/api/v1/calendars/:id/presets', {
    config: { access: 'settings:write' },
    schema: { tags, params: idParam, body: s.presetBody, response: one },
    handler: (req) => calendars.applyPreset(req.ctx, req.params.id, req.body),
  });

  r.post('/api/v1/calendars/:id/import', {
    config: { access: 'settings:write' },
    schema: { tags, params: idParam, body: s.importBody, response: one },
    handler: (req) => calendars.importCalendarDays(req.ctx, req.params.id, req.body),
  });

  r.get('/api/v1/calendars/:id/business-minutes', {
    config: { access: 'settings:read' },
    schema: {
      tags,
      params: idParam,
      querystring: s.businessTimeQuery,
      response: { 200: s.businessTimeSchema },
    },
    handler: (req) => calendars.businessTime(req.ctx, req.params.id, req.query.from, req.query.to),
  });

  r.get('/api/v1/calendars/:id/add-business-minutes', {
    config: { access: 'settings:read' },
    schema: {
      tags,
      params: idParam,
      querystring: s.addMinutesQuery,
      response: { 200: s.businessInstantSchema },
    },
    handler: (req) =>
      calendars.businessInstant(req.ctx, req.params.id, req.query.from, req.query.minutes),
  });
}
