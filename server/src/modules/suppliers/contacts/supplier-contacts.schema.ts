import { z } from 'zod';
import { versionField } from '../../../platform/http/schemas.ts';
import { supplierContactRoles } from '../suppliers.table.ts';

const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const fields = {
  name: z.string().trim().min(1).max(200),
  title: optionalText(100),
  email: z.email().max(254).nullable().optional(),
  phone: optionalText(40),
  role: z.enum(supplierContactRoles),
};

export const supplierContactBody = z.strictObject({
  ...fields,
  role: fields.role.default('account'),
});
export const supplierContactUpdateBody = z
  .strictObject(fields)
  .partial()
  .extend({ version: versionField });

export const supplierContactSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    role: z.enum(supplierContactRoles),
    version: z.number().int(),
  })
  .meta({ id: 'SupplierContact' });

export const supplierContactParams = z.object({ id: z.uuid(), contactId: z.uuid() });
