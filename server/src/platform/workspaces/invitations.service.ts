import { assertMayAssignRole } from '../access/roles.repository.ts';
import { audit, created } from '../audit/audit.ts';
import { newPassword } from '../auth/auth.schema.ts';
import { findUserByEmail, insertUser } from '../auth/users.repository.ts';
import { isoAfter, isoNow } from '../clock.ts';
import { type Ctx, workspaceOf } from '../context.ts';
import { hashPassword, hashToken, randomToken, verifyPassword } from '../crypto.ts';
import { AppError, notFound } from '../errors/app-error.ts';
import { recordEvent } from '../events/events.ts';
import { newId } from '../ids.ts';
import { queueMail } from '../mail/mail.ts';
import { mailInBoth } from '../mail/templates.ts';
import { insertMember } from './members.repository.ts';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const presentInvitation = (row: {
  id: string;
  email: string;
  role_id: string;
  status: string;
  expires_at: string;
  created_at: string;
}) => ({
  id: row.id,
  email: row.email,
  roleId: row.role_id,
  status: row.status as 'pending' | 'accepted' | 'revoked',
  expiresAt: row.expires_at,
  createdAt: row.created_at,
});

export async function listInvitations(ctx: Ctx) {
  const rows = await ctx.db
    .selectFrom('invitations')
    .selectAll()
    .where('workspace_id', '=', workspaceOf(ctx))
    .where('status', '=', 'pending')
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
  return rows.map(presentInvitation);
}

/** Mails a single-use link; the token itself is never stored. */
export async function inviteMember(ctx: Ctx, input: { email: string; roleId: string }) {
  const workspaceId = workspaceOf(ctx);
  const token = randomToken();
  const id = newId();
  return ctx.db.transaction().execute(async (trx) => {
    await assertMayAssignRole(trx, ctx, workspaceId, input.roleId);
    const already = await trx
      .selectFrom('members')
      .innerJoin('users', 'users.id', 'members.user_id')
      .select('members.id')
      .where('members.workspace_id', '=', workspaceId)
      .where('users.email', '=', input.email)
      .executeTakeFirst();
    if (already) throw new AppError('conflict', `${input.email} is already a member`);
    const workspace = await trx
      .selectFrom('workspaces')
      .select('name')
      .where('id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    const row = {
      id,
      workspace_id: workspaceId,
      email: input.email,
      role_id: input.roleId,
      token_hash: hashToken(token),
      status: 'pending' as const,
      expires_at: isoAfter(ctx.clock, INVITATION_TTL_MS),
      created_at: isoNow(ctx.clock),
      updated_at: isoNow(ctx.clock),
      created_by: ctx.actor.userId,
    };
    await trx.insertInto('invitations').values(row).execute();
    await queueMail(
      trx,
      ctx,
      mailInBoth('invitation', input.email, {
        inviter: ctx.actor.label ?? 'Pontis',
        workspace: workspace.name,
        link: `${ctx.config.publicUrl}/accept-invitation?token=${token}`,
      }),
    );
    await audit(trx, ctx, {
      action: 'invitation.create',
      entityType: 'invitation',
      entityId: id,
      changes: created({ email: input.email, roleId: input.roleId }),
    });
    await recordEvent(trx, ctx, 'invitation.created', { invitationId: id, email: input.email });
    return presentInvitation(row);
  });
}

export async function revokeInvitation(ctx: Ctx, id: string) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable('invitations')
      .set({ status: 'revoked', updated_at: isoNow(ctx.clock) })
      .where('id', '=', id)
      .where('workspace_id', '=', workspaceId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw notFound('Invitation');
    await audit(trx, ctx, { action: 'invitation.revoke', entityType: 'invitation', entityId: id });
  });
}

function assertNewAccount(input: { name?: string | undefined; password: string }) {
  const fields: Record<string, string[]> = {};
  if (!input.name) fields['body.name'] = ['required'];
  const policy = newPassword.safeParse(input.password);
  if (!policy.success) fields['body.password'] = policy.error.issues.map((i) => i.message);
  if (Object.keys(fields).length > 0) {
    throw new AppError(
      'validation_failed',
      'A name and a password of at least 10 characters are needed',
      { fields },
    );
  }
}

function pendingInvitation(ctx: Ctx, token: string) {
  return ctx.db
    .selectFrom('invitations')
    .innerJoin('workspaces', 'workspaces.id', 'invitations.workspace_id')
    .select([
      'invitations.id',
      'invitations.email',
      'invitations.role_id',
      'invitations.workspace_id',
      'workspaces.name as workspace_name',
    ])
    .where('invitations.token_hash', '=', hashToken(token))
    .where('invitations.status', '=', 'pending')
    .where('invitations.expires_at', '>', isoNow(ctx.clock))
    .executeTakeFirst();
}

/** What the accept page shows before the invitee commits. */
export async function lookupInvitation(ctx: Ctx, token: string) {
  const inv = await pendingInvitation(ctx, token);
  if (!inv) throw notFound('Invitation');
  const user = await findUserByEmail(ctx.db, inv.email);
  return { email: inv.email, workspaceName: inv.workspace_name, hasAccount: Boolean(user) };
}

export type AcceptInput = {
  token: string;
  name?: string | undefined;
  password: string;
  locale?: 'zh-CN' | 'en-US' | undefined;
  timeZone?: string | undefined;
};

/**
 * An invitee with an account proves it with their password; a new one chooses a name and
 * password. Either way they become an active member with the invited role.
 */
export async function acceptInvitation(ctx: Ctx, input: AcceptInput) {
  const inv = await pendingInvitation(ctx, input.token);
  if (!inv) throw notFound('Invitation');
  const existing = await findUserByEmail(ctx.db, inv.email);
  if (existing && !(await verifyPassword(input.password, existing.password_hash))) {
    throw new AppError('invalid_credentials', 'The password is not correct');
  }
  if (!existing) assertNewAccount(input);
  const passwordHash = existing ? null : await hashPassword(input.password);
  const userId = existing?.id ?? newId();
  const actorCtx: Ctx = {
    ...ctx,
    actor: { type: 'user', id: userId, label: inv.email, userId },
    membership: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    const now = isoNow(ctx.clock);
    if (!existing && passwordHash) {
      await insertUser(trx, {
        id: userId,
        email: inv.email,
        name: input.name ?? inv.email,
        password_hash: passwordHash,
        locale: input.locale ?? 'zh-CN',
        time_zone: input.timeZone ?? 'UTC',
        created_at: now,
        updated_at: now,
      });
    }
    const claimed = await trx
      .updateTable('invitations')
      .set({ status: 'accepted', updated_at: now })
      .where('id', '=', inv.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) throw notFound('Invitation');
    const memberId = await insertMember(trx, {
      workspaceId: inv.workspace_id,
      userId,
      roleId: inv.role_id,
      name: existing?.name ?? input.name ?? inv.email,
      createdBy: userId,
      at: now,
    });
    await audit(trx, actorCtx, {
      action: 'invitation.accept',
      entityType: 'member',
      entityId: memberId,
      changes: created({ email: inv.email, roleId: inv.role_id }),
      workspaceId: inv.workspace_id,
    });
  });
  return { email: inv.email };
}
