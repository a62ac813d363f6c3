import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import { exportFile, exportQuery, sendExport } from '../../../platform/http/table-export.ts';
import * as accounts from './accounts.service.ts';
import { journalLineColumns, journalLinePage } from './journals.export.ts';
import * as journals from './journals.service.ts';
import * as s from './ledger.schema.ts';
import { postMonthEnd } from './month-end.service.ts';
import * as periods from './periods.service.ts';
import { trialBalance } from './trial-balance.service.ts';

/** The general ledger: chart of accounts, journals, trial balance and closed months. */
export function ledgerRoutes(app: App) {
  const r = typed(app);
  const tags = ['finance'];

  r.get('/api/v1/finance/accounts', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description: 'The chart of accounts by code; a new workspace starts with the standard one.',
      querystring: s.accountQuery.extend(pageQuery.shape),
      response: { 200: pageOf(s.accountSchema) },
    },
    handler: async (req) => pageFromAll(await accounts.listAccounts(req.ctx, req.query), req.query),
  });
  r.get('/api/v1/finance/accounts/:id', {
    config: { access: 'finance:read' },
    schema: { tags, params: idParam, response: { 200: s.accountSchema } },
    handler: (req) => accounts.getAccount(req.ctx, req.params.id),
  });
  r.post('/api/v1/finance/accounts', {
    config: { access: 'finance:write' },
    schema: { tags, body: s.accountBody, response: { 201: s.accountSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await accounts.createAccount(req.ctx, req.body)),
  });
  r.patch('/api/v1/finance/accounts/:id', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description: 'Names change freely; code and type only while no journal posts to it.',
      params: idParam,
      body: s.accountUpdateBody,
      response: { 200: s.accountSchema },
    },
    handler: (req) => accounts.updateAccount(req.ctx, req.params.id, req.body),
  });

  r.get('/api/v1/finance/journals', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      querystring: s.journalQuery,
      response: { 200: pageOf(s.journalSummarySchema) },
    },
    handler: (req) => journals.listJournals(req.ctx, req.query),
  });
  r.get('/api/v1/finance/journals/export', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description:
        'The journals the filters select, one row per line, for an accounting package: voucher, date, account, debit and credit in base currency, the amount in its own currency with its rate, client and project.',
      querystring: s.journalQuery.omit({ limit: true, cursor: true }).extend(exportQuery.shape),
      produces: ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
    handler: (req, reply) => {
      const { format: _format, ...filter } = req.query;
      return sendExport(reply, exportFile(req, 'journals'), journalLineColumns, (limit, cursor) =>
        journalLinePage(req.ctx, filter, limit, cursor),
      );
    },
  });
  r.get('/api/v1/finance/journals/:id', {
    config: { access: 'finance:read' },
    schema: { tags, params: idParam, response: { 200: s.journalSchema } },
    handler: (req) => journals.getJournal(req.ctx, req.params.id),
  });
  r.post('/api/v1/finance/journals', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description:
        'A manual journal in base currency. Its lines must balance; it is numbered at once and never changes.',
      body: s.journalBody,
      response: { 201: s.journalSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await journals.createJournal(req.ctx, req.body)),
  });
  r.post('/api/v1/finance/journals/:id/reverse', {
    config: { access: 'finance:write' },
    schema: {
      tags,
      description: 'Posts the mirror image of a journal, once; answers the reversal.',
      params: idParam,
      body: s.reverseBody,
      response: { 201: s.journalSchema },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await journals.reverseJournal(req.ctx, req.params.id, req.body)),
  });

  r.get('/api/v1/finance/trial-balance', {
    config: { access: 'finance:read' },
    schema: {
      tags,
      description: 'Balances per account over a range of days (default: this year to today).',
      querystring: s.trialBalanceQuery,
      response: { 200: s.trialBalanceSchema },
    },
    handler: (req) => trialBalance(req.ctx, req.query),
  });

  r.get('/api/v1/finance/periods', {
    config: { access: 'finance:read' },
    schema: { tags, querystring: pageQuery, response: { 200: pageOf(s.periodSchema) } },
    handler: async (req) => pageFromAll(await periods.listPeriods(req.ctx), req.query),
  });
  r.post('/api/v1/finance/periods/:period/close', {
    config: { access: 'finance:close' },
    schema: {
      tags,
      description: 'Closes an ended month: nothing posts into it until it is reopened.',
      params: s.periodParam,
      response: { 200: s.periodSchema },
    },
    handler: (req) => periods.closePeriod(req.ctx, req.params.period),
  });
  r.post('/api/v1/finance/periods/:period/accruals', {
    config: { access: 'finance:close' },
    schema: {
      tags,
      description:
        'Posts an ended month’s accruals on its last day, each reversed on the next month’s first: unbilled approved work, foreign receivables and payables revalued, fixed-price revenue by percentage of completion, retainer blocks billed ahead deferred. Once per month.',
      params: s.periodParam,
      response: { 200: s.monthEndSchema },
    },
    handler: (req) => postMonthEnd(req.ctx, req.params.period),
  });
  r.post('/api/v1/finance/periods/:period/reopen', {
    config: { access: 'finance:close' },
    schema: {
      tags,
      params: s.periodParam,
      body: s.reopenBody,
      response: { 200: s.periodSchema },
    },
    handler: (req) => periods.reopenPeriod(req.ctx, req.params.period, req.body.reason),
  });
}
