import type { Executor } from '../../db/database.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { partyExists } from '../access/parties.ts';
import { assertMayAssignRole, assertMayChangeMember } from '../access/roles.repository.ts';
import { audit, diff } from '../audit/audit.ts';
import { isoNow } from '../clock.ts';
import { type Ctx, workspaceOf } from '../context.ts';
import { AppError, assertVersion, notFound, versionConflict } from '../errors/app-error.ts';
import { keyset, keysetPage } from '../http/keyset.ts';
import { findMemberRows, getMemberRow, type MemberRow, memberSorts } from './members.repository.ts';
import type { ComplianceHold, MemberStatus, PartyType } from './workspaces.table.ts';

export const presentMember = (row: NonNullable<MemberRow>) => ({
  id: row.id,
  userId: row.user_id,
  email: row.email,
  name: row.name,
  roleId: row.role_id,
  roleKey: row.role_key,
  roleName: row.role_name,
  status: row.status,
  party: row.party_type && row.party_id ? { type: row.party_type, id: row.party_id } : null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

export async function listMembers(
  ctx: Ctx,
  query: {
    limit: number;
    sort?: string | undefined;
    cursor?: string | undefined;
    q?: string | undefined;
    status?: MemberStatus | undefined;
    roleId?: string | undefined;
  },
) {
  const k = keyset(memberSorts, 'members.id', query.sort ?? 'name', query.cursor);
  const rows = await findMemberRows(ctx.db, workspaceOf(ctx), { ...query, keyset: k });
  return keysetPage(rows, k, query.limit, presentMember);
}

export async function getMember(ctx: Ctx, id: string) {
  const row = await getMemberRow(ctx.db, workspaceOf(ctx), id);
  if (!row) throw notFound('Member');
  return presentMember(row);
}

export type MemberUpdate = {
  version: number;
  roleId?: string | undefined;
  status?: MemberStatus | undefined;
  party?: { type: PartyType; id: string } | null | undefined;
};

/**
 * Changes a member's role, status or portal binding. Disabling ends the member's sessions in
 * effect: their session no longer resolves a membership, and their API tokens stop working.
 */
export async function updateMember(ctx: Ctx, id: string, input: MemberUpdate) {
  const workspaceId = workspaceOf(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getMemberRow(trx, workspaceId, id);
    if (!before) throw notFound('Member');
    assertVersion(before, input.version);
    if (before.user_id === ctx.actor.userId && (input.status === 'disabled' || input.roleId)) {
      throw new AppError('unprocessable', 'You cannot change your own role or disable yourself');
    }
    await assertMayChangeMember(trx, ctx, workspaceId, before.role_id);
    if (input.roleId) await assertMayAssignRole(trx, ctx, workspaceId, input.roleId);
    if (input.party && !(await partyExists(trx, workspaceId, input.party))) {
      throw new AppError('validation_failed', `No such ${input.party.type}`, {
        fields: { 'body.party.id': ['not found in this workspace'] },
      });
    }
    const values = {
      role_id: input.roleId,
      status: input.status,
      party_type: input.party === undefined ? undefined : (input.party?.type ?? null),
      party_id: input.party === undefined ? undefined : (input.party?.id ?? null),
    };
    const key = { workspaceId, id, version: input.version };
    if (
      !(await updateVersioned(trx, 'members', key, {
        ...values,
        // An admin's decision replaces the compliance job's: the next run judges afresh.
        compliance_hold: input.status ? null : undefined,
        updated_at: isoNow(ctx.clock),
      }))
    ) {
      throw versionConflict();
    }
    if (input.status === 'disabled') {
      await trx
        .deleteFrom('sessions')
        .where('user_id', '=', before.user_id)
        .where('workspace_id', '=', workspaceId)
        .execute();
    }
    await audit(trx, ctx, {
      action: 'member.update',
      entityType: 'member',
      entityId: id,
      changes: diff(before, values),
    });
  });
  return getMember(ctx, id);
}

/**
 * Turns a member's access off for a compliance reason, or back on once the reason is gone.
 * Only access this switched off is switched back on: an admin's own disabling stands.
 */
export async function setComplianceHold(
  trx: Executor,
  ctx: Ctx,
  member: {
    id: string;
    user_id: string;
    status: MemberStatus;
    compliance_hold: ComplianceHold | null;
  },
  hold: ComplianceHold | null,
) {
  const workspaceId = workspaceOf(ctx);
  const status: MemberStatus = hold ? 'disabled' : 'active';
  await trx
    .updateTable('members')
    .set((eb) => ({
      status,
      compliance_hold: hold,
      updated_at: isoNow(ctx.clock),
      version: eb('version', '+', 1),
    }))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', member.id)
    .execute();
  if (hold) {
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', member.user_id)
      .where('workspace_id', '=', workspaceId)
      .execute();
  }
  await audit(trx, ctx, {
    action: hold ? 'member.compliance_disable' : 'member.compliance_enable',
    entityType: 'member',
    entityId: member.id,
    changes: {
      status: { before: member.status, after: status },
      complianceHold: { before: member.compliance_hold, after: hold },
    },
  });
}
