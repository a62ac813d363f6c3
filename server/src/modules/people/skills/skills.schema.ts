import { z } from 'zod';
import { versionField } from '../../../platform/http/schemas.ts';

const name = z.string().trim().min(1).max(100);
const skillFields = {
  category: z.string().trim().min(1).max(60),
  nameZh: name,
  nameEn: name,
  synonyms: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
};

export const skillBody = z.strictObject(skillFields);
export const skillUpdateBody = z
  .strictObject(skillFields)
  .partial()
  .extend({ version: versionField, active: z.boolean().optional() });

export const skillQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  category: z.string().max(60).optional(),
});

export const skillSchema = z
  .object({
    id: z.string(),
    category: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    synonyms: z.array(z.string()),
    active: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'Skill' });

export const personSkillBody = z.strictObject({
  proficiency: z.number().int().min(1).max(5),
  years: z.number().int().min(0).max(60).nullable().optional(),
  lastUsed: z.iso.date().nullable().optional(),
});

export const personSkillParams = z.object({ id: z.uuid(), skillId: z.uuid() });

export const personSkillSchema = z
  .object({
    skill: skillSchema.pick({ id: true, category: true, nameZh: true, nameEn: true }),
    proficiency: z.number().int(),
    years: z.number().int().nullable(),
    lastUsed: z.string().nullable(),
    verified: z.boolean(),
    verifiedBy: z.string().nullable(),
  })
  .meta({ id: 'PersonSkill' });

export const matrixQuery = z.strictObject({
  category: z.string().max(60).optional(),
  department: z.string().max(100).optional(),
  supplierId: z.uuid().optional(),
  location: z.string().max(100).optional(),
  /** Speaks this language (ISO code) at any level. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
});

export const matrixSchema = z
  .object({
    skills: z.array(skillSchema.pick({ id: true, category: true, nameZh: true, nameEn: true })),
    rows: z.array(
      z.object({
        person: z.object({
          id: z.string(),
          name: z.string(),
          department: z.string().nullable(),
          supplier: z.string().nullable(),
        }),
        /** Proficiency per skill column, null where the person lacks it. */
        levels: z.array(z.number().int().nullable()),
      }),
    ),
    /** More people match than the matrix shows. */
    truncated: z.boolean(),
  })
  .meta({ id: 'SkillsMatrix' });
