import { randomBytes } from 'node:crypto';
import type { Executor } from '../../db/database.ts';
import { isoNow } from '../clock.ts';
import type { Ctx } from '../context.ts';
import { hashToken } from '../crypto.ts';
import { newId } from '../ids.ts';

const COUNT = 10;

/** Replaces a user's recovery codes; the plain codes are shown once and only hashes kept. */
export async function issueRecoveryCodes(
  trx: Executor,
  ctx: Ctx,
  userId: string,
): Promise<string[]> {
  await trx
    .deleteFrom('one_time_tokens')
    .where('user_id', '=', userId)
    .where('purpose', '=', 'totp_recovery')
    .execute();
  const codes = Array.from({ length: COUNT }, () => {
    const hex = randomBytes(5).toString('hex');
    return `${hex.slice(0, 5)}-${hex.slice(5)}`;
  });
  await trx
    .insertInto('one_time_tokens')
    .values(
      codes.map((code) => ({
        id: newId(),
        user_id: userId,
        purpose: 'totp_recovery' as const,
        token_hash: hashToken(code),
        expires_at: null,
        used_at: null,
        created_at: isoNow(ctx.clock),
      })),
    )
    .execute();
  return codes;
}

/** A recovery code works once in place of a TOTP code. */
export async function redeemRecoveryCode(ctx: Ctx, userId: string, code: string): Promise<boolean> {
  const r = await ctx.db
    .updateTable('one_time_tokens')
    .set({ used_at: isoNow(ctx.clock) })
    .where('user_id', '=', userId)
    .where('purpose', '=', 'totp_recovery')
    .where('token_hash', '=', hashToken(code.trim().toLowerCase()))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
