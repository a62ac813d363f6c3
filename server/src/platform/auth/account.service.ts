import { audit, diff } from '../audit/audit.ts';
import { isoNow } from '../clock.ts';
import { type Ctx, userOf } from '../context.ts';
import { hashPassword, seal, unseal, verifyPassword } from '../crypto.ts';
import { AppError, assertVersion, notFound, versionConflict } from '../errors/app-error.ts';
import { renameMember } from '../workspaces/members.repository.ts';
import { membershipOf } from './identity.ts';
import { issueRecoveryCodes } from './recovery-codes.ts';
import {
  deleteSession,
  deleteUserSessions,
  findUserSessions,
  setSessionWorkspace,
} from './sessions.repository.ts';
import { newTotpEnrolment, verifyTotp } from './totp.ts';
import { findUserById, updateUser } from './users.repository.ts';

async function currentUser(ctx: Ctx) {
  const user = await findUserById(ctx.db, userOf(ctx));
  if (!user) throw new AppError('unauthenticated', 'Sign in first');
  return user;
}

export type ProfileInput = { name?: string; locale?: string; timeZone?: string; version: number };

export async function updateProfile(ctx: Ctx, input: ProfileInput) {
  const user = await currentUser(ctx);
  assertVersion(user, input.version);
  const values = { name: input.name, locale: input.locale, time_zone: input.timeZone };
  await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('users')
      .set({ ...values, updated_at: isoNow(ctx.clock), version: user.version + 1 })
      .where('id', '=', user.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw versionConflict();
    if (input.name && input.name !== user.name) await renameMember(trx, user.id, input.name);
    await audit(trx, ctx, {
      action: 'user.update',
      entityType: 'user',
      entityId: user.id,
      changes: diff(user, values),
      workspaceId: null,
    });
  });
}

/** A new password ends every other session of the user; the current one stays. */
export async function changePassword(
  ctx: Ctx,
  sessionId: string | null,
  current: string,
  next: string,
) {
  const user = await currentUser(ctx);
  if (!(await verifyPassword(current, user.password_hash))) {
    throw new AppError('validation_failed', 'The current password is not correct', {
      fields: { 'body.currentPassword': ['not correct'] },
    });
  }
  const hash = await hashPassword(next);
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { password_hash: hash, updated_at: isoNow(ctx.clock) });
    await deleteUserSessions(trx, user.id, sessionId);
    await audit(trx, ctx, {
      action: 'user.password_change',
      entityType: 'user',
      entityId: user.id,
      workspaceId: null,
    });
  });
}

export async function switchWorkspace(ctx: Ctx, sessionId: string | null, workspaceId: string) {
  const userId = userOf(ctx);
  if (!sessionId) throw new AppError('forbidden', 'An API token is bound to its workspace');
  if (!(await membershipOf(ctx.db, workspaceId, userId))) throw notFound('Workspace');
  await setSessionWorkspace(ctx.db, sessionId, workspaceId);
}

export function listSessions(ctx: Ctx) {
  return findUserSessions(ctx.db, userOf(ctx));
}

export async function revokeSession(ctx: Ctx, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteSession(trx, userOf(ctx), id))) throw notFound('Session');
    await audit(trx, ctx, {
      action: 'session.revoke',
      entityType: 'session',
      entityId: id,
      workspaceId: null,
    });
  });
}

export async function logout(ctx: Ctx, sessionId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    await deleteSession(trx, userOf(ctx), sessionId);
    await audit(trx, ctx, {
      action: 'auth.logout',
      entityType: 'session',
      entityId: sessionId,
      workspaceId: null,
    });
  });
}

/** Step one: a secret is stored (sealed) but not yet required until a code confirms it. */
export async function startTotpEnrolment(ctx: Ctx) {
  const user = await currentUser(ctx);
  if (user.totp_enabled) throw new AppError('conflict', 'Two-factor sign-in is already on');
  const enrolment = await newTotpEnrolment(user.email);
  await updateUser(ctx.db, user.id, { totp_secret: seal(enrolment.secret, ctx.config.secretKey) });
  return { uri: enrolment.uri, qrDataUrl: enrolment.qrDataUrl, secret: enrolment.secret };
}

export async function confirmTotp(ctx: Ctx, code: string): Promise<string[]> {
  const user = await currentUser(ctx);
  if (user.totp_enabled || !user.totp_secret)
    throw new AppError('conflict', 'Start enrolment first');
  const secret = unseal(user.totp_secret, ctx.config.secretKey);
  if (!(await verifyTotp(secret, code, ctx.clock.now()))) {
    throw new AppError('validation_failed', 'The code is not correct', {
      fields: { 'body.code': ['not correct'] },
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, { totp_enabled: true, updated_at: isoNow(ctx.clock) });
    await audit(trx, ctx, {
      action: 'user.totp_enable',
      entityType: 'user',
      entityId: user.id,
      workspaceId: null,
    });
    return issueRecoveryCodes(trx, ctx, user.id);
  });
}

export async function disableTotp(ctx: Ctx, password: string) {
  const user = await currentUser(ctx);
  if (!(await verifyPassword(password, user.password_hash))) {
    throw new AppError('validation_failed', 'The password is not correct', {
      fields: { 'body.password': ['not correct'] },
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateUser(trx, user.id, {
      totp_enabled: false,
      totp_secret: null,
      updated_at: isoNow(ctx.clock),
    });
    await trx
      .deleteFrom('one_time_tokens')
      .where('user_id', '=', user.id)
      .where('purpose', '=', 'totp_recovery')
      .execute();
    await audit(trx, ctx, {
      action: 'user.totp_disable',
      entityType: 'user',
      entityId: user.id,
      workspaceId: null,
    });
  });
}
