import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import type { Permission } from '../../platform/access/permissions.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import {
  clientCreateBody,
  clientIdByNumber,
  contactCreateBody,
  insertNewClient,
  insertNewContact,
} from '../clients/index.ts';
import { insertNewPerson, insertSkill, personBody, skillBody } from '../people/index.ts';
import { positionIdByName } from '../settings/index.ts';
import { insertNewSupplier, supplierCreateBody, supplierIdByNumber } from '../suppliers/index.ts';
import { insertTimeRow, readTimeRow } from '../time/index.ts';

/** Cell text as the API wants it: trimmed, empty as absent, lists split on ; or ,. */
const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
const list = (v: string | undefined) =>
  text(v)
    ?.split(/[;,，；]/)
    .map((x) => x.trim())
    .filter(Boolean);
const int = (v: string | undefined) => (text(v) === undefined ? undefined : Number(text(v)));
const upper = (v: string | undefined) => text(v)?.toUpperCase();
/** "zh:native; en:fluent" → languages with their level. */
const languages = (v: string | undefined) =>
  list(v)?.map((item) => {
    const [code, level] = item.split(':').map((x) => x.trim().toLowerCase());
    return { code, level: level || 'working' };
  });

/** Drops absent fields so the body's defaults apply. */
const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

export type Resolved = { body: unknown; errors: Record<string, string[]> };

export type ImportKind = {
  permission: Permission;
  /** Reads a row into the create body and checks what the schema cannot (the client named). */
  read: (db: Executor, ctx: Ctx, row: Record<string, string>) => Promise<Resolved>;
  insert: (trx: Executor, ctx: Ctx, body: never) => Promise<string>;
};

function validate(schema: z.ZodType, input: Record<string, unknown>): Resolved {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { body: parsed.data, errors: {} };
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? 'row');
    errors[field] = [...(errors[field] ?? []), issue.message];
  }
  return { body: null, errors };
}

export const importKinds = {
  clients: {
    permission: 'clients:write',
    read: async (_db, _ctx, r) =>
      validate(
        clientCreateBody,
        defined({
          name: text(r.name),
          legalName: text(r.legalname),
          industry: text(r.industry),
          country: upper(r.country),
          tier: text(r.tier),
          status: text(r.status),
          tags: list(r.tags),
          taxId: text(r.taxid),
          billingEmail: text(r.billingemail),
          billingAddress: text(r.billingaddress),
          billingPhone: text(r.billingphone),
          billingBank: text(r.billingbank),
          paymentTermsDays: int(r.paymenttermsdays),
        }),
      ),
    insert: (trx, ctx, body) => insertNewClient(trx, ctx, body),
  },
  contacts: {
    permission: 'clients:write',
    read: async (db, ctx, r) => {
      const checked = validate(
        contactCreateBody,
        defined({
          name: text(r.name),
          title: text(r.title),
          email: text(r.email),
          phone: text(r.phone),
          language: text(r.language),
          timeZone: text(r.timezone),
          relationship: text(r.relationship),
        }),
      );
      const number = text(r.client);
      const clientId = number ? await clientIdByNumber(db, workspaceOf(ctx), number) : null;
      if (!clientId) {
        return {
          body: null,
          errors: { ...checked.errors, client: ['no client with this number (CLI-0001)'] },
        };
      }
      return { ...checked, body: checked.body && { clientId, contact: checked.body } };
    },
    insert: (trx, ctx, body: { clientId: string; contact: never }) =>
      insertNewContact(trx, ctx, body.clientId, body.contact),
  },
  suppliers: {
    permission: 'suppliers:write',
    read: async (_db, _ctx, r) =>
      validate(
        supplierCreateBody,
        defined({
          name: text(r.name),
          legalName: text(r.legalname),
          country: upper(r.country),
          categories: list(r.categories),
          skills: list(r.skills),
          regions: list(r.regions),
          languages: list(r.languages),
          taxId: text(r.taxid),
          email: text(r.email),
          phone: text(r.phone),
          website: text(r.website),
          riskTier: text(r.risktier),
        }),
      ),
    insert: (trx, ctx, body) => insertNewSupplier(trx, ctx, body),
  },
  people: {
    permission: 'people:write',
    read: async (db, ctx, r) => {
      const number = text(r.supplier);
      const supplierId = number
        ? await supplierIdByNumber(db, workspaceOf(ctx), number)
        : undefined;
      const position = text(r.position);
      const positionId = position
        ? await positionIdByName(db, workspaceOf(ctx), position)
        : undefined;
      const checked = validate(
        personBody,
        defined({
          kind: text(r.kind) ?? (number ? 'supplier_worker' : 'employee'),
          name: text(r.name),
          email: text(r.email),
          positionId: positionId ?? undefined,
          grade: text(r.grade),
          department: text(r.department),
          location: text(r.location),
          timeZone: text(r.timezone),
          languages: languages(r.languages),
          startDate: text(r.startdate),
          endDate: text(r.enddate),
          hoursPerWeek: int(r.hoursperweek),
          partTimePercent: int(r.parttimepercent),
          supplierId: supplierId ?? undefined,
        }),
      );
      const unknown = {
        ...(number && !supplierId ? { supplier: ['no supplier with this number (SUP-0001)'] } : {}),
        ...(position && !positionId ? { position: ['no active position with this name'] } : {}),
      };
      if (Object.keys(unknown).length > 0) {
        return { body: null, errors: { ...checked.errors, ...unknown } };
      }
      return checked;
    },
    insert: (trx, ctx, body) => insertNewPerson(trx, ctx, body),
  },
  skills: {
    permission: 'people:write',
    read: async (_db, _ctx, r) =>
      validate(
        skillBody,
        defined({
          category: text(r.category),
          nameZh: text(r.namezh),
          nameEn: text(r.nameen),
          synonyms: list(r.synonyms),
        }),
      ),
    insert: (trx, ctx, body) => insertSkill(trx, ctx, body),
  },
  time: {
    permission: 'time:manage',
    read: readTimeRow,
    insert: (trx, ctx, body) => insertTimeRow(trx, ctx, body),
  },
} satisfies Record<string, ImportKind>;

export type ImportKindName = keyof typeof importKinds;
