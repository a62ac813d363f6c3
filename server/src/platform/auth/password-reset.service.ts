import { audit } from '../audit/audit.ts';
import { isoAfter, isoNow } from '../clock.ts';
import type { Ctx } from '../context.ts';
import { hashPassword, hashToken, randomToken } from '../crypto.ts';
import { AppError } from '../errors/app-error.ts';
import { newId } from '../ids.ts';
import { queueMail } from '../mail/mail.ts';
import { mailIn } from '../mail/templates.ts';
import { deleteUserSessions } from './sessions.repository.ts';
import { findUserByEmail, updateUser } from './users.repository.ts';

const RESET_TTL_MS = 60 * 60 * 1000;

/** Answers the same whether or not the address is known, so it reveals no accounts. */
export async function requestPasswordReset(ctx: Ctx, email: string): Promise<void> {
  const user = await findUserByEmail(ctx.db, email);
  if (!user) return;
  const token = randomToken();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('one_time_tokens')
      .values({
        id: newId(),
        user_id: user.id,
        purpose: 'password_reset',
        token_hash: hashToken(token),
        expires_at: isoAfter(ctx.clock, RESET_TTL_MS),
        used_at: null,
        created_at: isoNow(ctx.clock),
      })
      .execute();
    const link = `${ctx.config.publicUrl}/reset-password?token=${token}`;
    const locale = user.locale === 'en-US' ? 'en-US' : 'zh-CN';
    await queueMail(trx, ctx, {
      ...mailIn(locale, 'passwordReset', user.email, { link }),
      workspaceId: null,
    });
    await audit(trx, ctx, {
      action: 'auth.password_reset_request',
      entityType: 'user',
      entityId: user.id,
      workspaceId: null,
    });
  });
}

/** The token works once and only before it expires; every session of the user ends. */
export async function confirmPasswordReset(
  ctx: Ctx,
  token: string,
  password: string,
): Promise<void> {
  const hash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('one_time_tokens')
      .set({ used_at: isoNow(ctx.clock) })
      .where('token_hash', '=', hashToken(token))
      .where('purpose', '=', 'password_reset')
      .where('used_at', 'is', null)
      .where('expires_at', '>', isoNow(ctx.clock))
      .returning('user_id')
      .executeTakeFirst();
    if (!row) throw new AppError('unprocessable', 'This reset link is invalid, used or expired');
    await updateUser(trx, row.user_id, { password_hash: hash, updated_at: isoNow(ctx.clock) });
    await deleteUserSessions(trx, row.user_id);
    await audit(
      trx,
      { ...ctx, actor: { type: 'user', id: row.user_id, label: null, userId: row.user_id } },
      {
        action: 'auth.password_reset',
        entityType: 'user',
        entityId: row.user_id,
        workspaceId: null,
      },
    );
  });
}
