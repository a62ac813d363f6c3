import { audit } from '../audit/audit.ts';
import { isoAfter, isoNow } from '../clock.ts';
import type { Ctx } from '../context.ts';
import { hashToken, randomToken, unseal, verifyPassword } from '../crypto.ts';
import { AppError } from '../errors/app-error.ts';
import { newId } from '../ids.ts';
import { findUserWorkspaces } from '../workspaces/members.repository.ts';
import { redeemRecoveryCode } from './recovery-codes.ts';
import { SESSION_ABSOLUTE_MS } from './session-policy.ts';
import { insertSession } from './sessions.repository.ts';
import { assertNotThrottled, recordLoginFailure } from './throttle.ts';
import { verifyTotp } from './totp.ts';
import { findUserByEmail } from './users.repository.ts';

export type LoginInput = { email: string; password: string; totp?: string | undefined };

/**
 * Checks the password (and the second factor when enrolled) and opens a new session with a
 * fresh token. Every failure looks the same to the caller and is recorded for throttling and
 * in the audit log.
 */
export async function login(ctx: Ctx, input: LoginInput, userAgent: string | null) {
  const email = input.email.trim().toLowerCase();
  const ip = ctx.ip ?? 'unknown';
  await assertNotThrottled(ctx.db, ctx.clock, email, ip);
  const user = await findUserByEmail(ctx.db, email);
  const passwordOk = user ? await verifyPassword(input.password, user.password_hash) : false;
  if (!user || !passwordOk) return fail(ctx, email, ip, 'invalid_credentials');

  if (user.totp_enabled && user.totp_secret) {
    if (!input.totp)
      throw new AppError('totp_required', 'Enter the code from your authenticator app');
    const secret = unseal(user.totp_secret, ctx.config.secretKey);
    const ok =
      (await verifyTotp(secret, input.totp, ctx.clock.now())) ||
      (await redeemRecoveryCode(ctx, user.id, input.totp));
    if (!ok) return fail(ctx, email, ip, 'invalid_totp');
  }

  const workspaces = await findUserWorkspaces(ctx.db, user.id);
  if (workspaces.length === 0) await assertNotOnlyDisabled(ctx, user.id);
  const token = randomToken();
  const sessionId = newId();
  const actorCtx: Ctx = {
    ...ctx,
    actor: { type: 'user', id: user.id, label: user.email, userId: user.id },
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertSession(trx, {
      id: sessionId,
      user_id: user.id,
      token_hash: hashToken(token),
      workspace_id: workspaces[0]?.id ?? null,
      ip: ctx.ip,
      user_agent: userAgent?.slice(0, 500) ?? null,
      created_at: isoNow(ctx.clock),
      last_seen_at: isoNow(ctx.clock),
      expires_at: isoAfter(ctx.clock, SESSION_ABSOLUTE_MS),
    });
    await audit(trx, actorCtx, {
      action: 'auth.login',
      entityType: 'session',
      entityId: sessionId,
      workspaceId: null,
    });
  });
  return { token, userId: user.id };
}

/**
 * A member disabled in every workspace they belong to gets no session: one would fail on every
 * call after. A user with no workspace at all may still sign in and create one.
 */
async function assertNotOnlyDisabled(ctx: Ctx, userId: string): Promise<void> {
  const disabled = await findUserWorkspaces(ctx.db, userId, 'disabled');
  if (disabled.length === 0) return;
  throw new AppError(
    'account_disabled',
    `Your account is disabled in ${disabled.map((w) => w.name).join(', ')}`,
  );
}

async function fail(ctx: Ctx, email: string, ip: string, reason: string): Promise<never> {
  await recordLoginFailure(ctx.db, ctx.clock, email, ip);
  await ctx.db.transaction().execute((trx) =>
    audit(trx, ctx, {
      action: 'auth.login_failed',
      entityType: 'user',
      entityId: email,
      changes: { reason: { after: reason } },
      workspaceId: null,
    }),
  );
  throw new AppError('invalid_credentials', 'The email, password or code is not correct');
}
