import { audit } from '../audit/audit.ts';
import { isoNow } from '../clock.ts';
import { type Ctx, userOf, workspaceOf } from '../context.ts';
import { hashToken, randomToken } from '../crypto.ts';
import { notFound } from '../errors/app-error.ts';
import { newId } from '../ids.ts';
import {
  findUserApiTokens,
  getUserApiToken,
  insertApiToken,
  revokeApiToken,
} from './api-tokens.repository.ts';
import { API_TOKEN_PREFIX } from './identity.ts';

/** The token is returned once; afterwards only its first characters identify it. */
export async function createApiToken(ctx: Ctx, name: string) {
  const token = randomToken(API_TOKEN_PREFIX);
  const id = newId();
  const row = {
    id,
    workspace_id: workspaceOf(ctx),
    user_id: userOf(ctx),
    name,
    token_hash: hashToken(token),
    prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
    created_at: isoNow(ctx.clock),
    last_used_at: null,
    revoked_at: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertApiToken(trx, row);
    await audit(trx, ctx, {
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: id,
      changes: { name: { after: name } },
    });
  });
  return {
    id,
    name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: null,
    revokedAt: null,
    token,
  };
}

export function listApiTokens(ctx: Ctx) {
  return findUserApiTokens(ctx.db, userOf(ctx), workspaceOf(ctx));
}

export async function revokeToken(ctx: Ctx, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const token = await getUserApiToken(trx, userOf(ctx), workspaceOf(ctx), id);
    if (!token) throw notFound('API token');
    if (token.revoked_at) return;
    await revokeApiToken(trx, id, isoNow(ctx.clock));
    await audit(trx, ctx, { action: 'api_token.revoke', entityType: 'api_token', entityId: id });
  });
}
