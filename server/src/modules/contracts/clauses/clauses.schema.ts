import { z } from 'zod';
import { isoTimestamp, versionField } from '../../../platform/http/schemas.ts';
import { clauseCategories, clauseLanguages, obligationStatuses } from './clauses.table.ts';

const title = z.string().trim().min(1).max(200);
const text = z.string().trim().min(1).max(20_000);
const obligation = z.string().trim().min(1).max(300).nullable().optional();

const clauseFields = {
  category: z.enum(clauseCategories),
  titleZh: title,
  titleEn: title,
  textZh: text,
  textEn: text,
  /** What inserting the clause obliges someone to do, in each language. */
  obligationZh: obligation,
  obligationEn: obligation,
  /** Days after the contract's start the obligation falls due. */
  obligationDueDays: z.number().int().min(0).max(3650).nullable().optional(),
};

export const obligationComplete = (c: {
  obligationZh?: string | null;
  obligationEn?: string | null;
  obligationDueDays?: number | null;
}) =>
  [c.obligationZh, c.obligationEn, c.obligationDueDays].every((v) => v == null) ||
  [c.obligationZh, c.obligationEn, c.obligationDueDays].every((v) => v != null);

export const obligationMessage = {
  message: 'An obligation needs its text in both languages and the days until it is due',
  path: ['obligationDueDays'],
};

export const clauseBody = z
  .strictObject(clauseFields)
  .refine(obligationComplete, obligationMessage);

/** Obligation completeness is checked on the merged clause, in the service. */
export const clauseUpdateBody = z
  .strictObject(clauseFields)
  .partial()
  .extend({ version: versionField, active: z.boolean().optional() });

export const clauseQuery = z.strictObject({
  category: z.enum(clauseCategories).optional(),
  q: z.string().trim().max(100).optional(),
  includeInactive: z.enum(['true', 'false']).optional(),
});

export const clauseSchema = z
  .object({
    id: z.string(),
    category: z.enum(clauseCategories),
    titleZh: z.string(),
    titleEn: z.string(),
    textZh: z.string(),
    textEn: z.string(),
    obligationZh: z.string().nullable(),
    obligationEn: z.string().nullable(),
    obligationDueDays: z.number().int().nullable(),
    active: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Clause' });

export const insertClauseBody = z.strictObject({
  clauseId: z.uuid(),
  language: z.enum(clauseLanguages),
});

export const contractClauseParams = z.object({ id: z.uuid(), contractClauseId: z.uuid() });

export const contractClauseSchema = z
  .object({
    id: z.string(),
    clauseId: z.string().nullable(),
    position: z.number().int(),
    language: z.enum(clauseLanguages),
    category: z.enum(clauseCategories),
    title: z.string(),
    text: z.string(),
  })
  .meta({ id: 'ContractClause' });

export const obligationBody = z.strictObject({
  title: z.string().trim().min(1).max(300),
  ownerId: z.uuid().nullable().optional(),
  dueDate: z.iso.date(),
});

export const obligationUpdateBody = z.strictObject({
  version: versionField,
  title: z.string().trim().min(1).max(300).optional(),
  ownerId: z.uuid().nullable().optional(),
  dueDate: z.iso.date().optional(),
  status: z.enum(obligationStatuses).optional(),
  statusNote: z.string().trim().max(1000).nullable().optional(),
});

export const obligationParams = z.object({ id: z.uuid(), obligationId: z.uuid() });

export const obligationSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    dueDate: z.string(),
    status: z.enum(obligationStatuses),
    overdue: z.boolean(),
    statusNote: z.string().nullable(),
    statusAt: isoTimestamp.nullable(),
    fromClause: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Obligation' });

export const obligationRangeQuery = z
  .strictObject({ dueFrom: z.iso.date(), dueBy: z.iso.date() })
  .refine(
    (q) => q.dueBy >= q.dueFrom && Date.parse(q.dueBy) - Date.parse(q.dueFrom) <= 62 * 86_400_000,
    {
      message: 'A range of up to 62 days',
      path: ['dueBy'],
    },
  );

export const dueObligationSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    dueDate: z.string(),
    status: z.enum(obligationStatuses),
    overdue: z.boolean(),
    contract: z.object({ id: z.string(), number: z.string(), title: z.string() }),
  })
  .meta({ id: 'DueObligation' });
