import { z } from 'zod';
import { permissions } from '../access/permissions.ts';
import { isoTimestamp, versionField } from '../http/schemas.ts';

export const email = z
  .email()
  .max(254)
  .transform((v) => v.trim().toLowerCase());
/** Long passphrases welcome; a floor of 10 keeps out the weakest. */
export const newPassword = z.string().min(10, 'at least 10 characters').max(200);
export const locale = z.enum(['zh-CN', 'en-US']);
export const timeZone = z
  .string()
  .max(64)
  .refine(
    (tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC',
    'not a known time zone',
  );

export const loginBody = z.strictObject({
  email,
  password: z.string().min(1).max(200),
  totp: z.string().trim().max(20).optional(),
});

export const meResponse = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    locale,
    timeZone: z.string(),
    totpEnabled: z.boolean(),
    version: z.number().int(),
  }),
  workspaces: z.array(z.object({ id: z.string(), name: z.string() })),
  workspace: z.object({ id: z.string(), name: z.string(), baseCurrency: z.string() }).nullable(),
  permissions: z.array(z.enum(permissions)),
  party: z.object({ type: z.enum(['client', 'supplier']), id: z.string() }).nullable(),
});

export const profileBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  locale: locale.optional(),
  timeZone: timeZone.optional(),
  version: versionField,
});

export const passwordBody = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword,
});

export const resetRequestBody = z.strictObject({ email });
export const resetConfirmBody = z.strictObject({
  token: z.string().min(10).max(200),
  password: newPassword,
});
export const switchWorkspaceBody = z.strictObject({ workspaceId: z.uuid() });

export const sessionItem = z.object({
  id: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: isoTimestamp,
  lastSeenAt: isoTimestamp,
  expiresAt: isoTimestamp,
  current: z.boolean(),
});

export const apiTokenItem = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: isoTimestamp,
  lastUsedAt: isoTimestamp.nullable(),
  revokedAt: isoTimestamp.nullable(),
});
export const apiTokenCreated = apiTokenItem.extend({ token: z.string() });
export const apiTokenBody = z.strictObject({ name: z.string().trim().min(1).max(100) });

export const totpEnrolment = z.object({
  uri: z.string(),
  qrDataUrl: z.string(),
  secret: z.string(),
});
export const totpConfirmBody = z.strictObject({ code: z.string().regex(/^\d{6}$/) });
export const totpDisableBody = z.strictObject({ password: z.string().min(1).max(200) });
