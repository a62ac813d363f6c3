import type { Executor } from '../db/database.ts';
import { modules } from '../modules/registry.ts';
import type { BuiltinRoleKey } from '../platform/access/builtin-roles.ts';
import { audit, created } from '../platform/audit/audit.ts';
import { membershipOf } from '../platform/auth/identity.ts';
import { isoNow } from '../platform/clock.ts';
import type { Ctx, Deps } from '../platform/context.ts';
import { systemActor, todayOf } from '../platform/context.ts';
import { hashPassword } from '../platform/crypto.ts';
import { newId } from '../platform/ids.ts';
import { insertMember } from '../platform/workspaces/members.repository.ts';
import { createWorkspace } from '../platform/workspaces/workspaces.service.ts';

export const DEMO_LOGIN = { email: 'admin@pontis.local', password: 'pontis-demo' } as const;

/** Colleagues of the demo admin, so that approvals can be tried: same password. */
export const DEMO_COLLEAGUES = {
  finance: { email: 'finance@pontis.local', name: '钱敏', role: 'finance' },
  delivery: { email: 'delivery@pontis.local', name: '周杰', role: 'delivery_manager' },
} as const satisfies Record<string, { email: string; name: string; role: BuiltinRoleKey }>;

async function insertUser(
  trx: Executor,
  now: string,
  user: { email: string; name: string },
  passwordHash: string,
) {
  const id = newId();
  await trx
    .insertInto('users')
    .values({
      id,
      email: user.email,
      name: user.name,
      password_hash: passwordHash,
      locale: 'zh-CN',
      time_zone: 'Asia/Shanghai',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

const anyUser = async (db: Executor) =>
  Boolean(await db.selectFrom('users').select('id').limit(1).executeTakeFirst());

/** Seeds only a database with no users at all, so it can never touch real data. */
export async function seedDemoIfEmpty(deps: Deps): Promise<boolean> {
  if (await anyUser(deps.db)) return false;
  const ctx: Ctx = { ...deps, actor: systemActor, membership: null, requestId: null, ip: null };
  const passwordHash = await hashPassword(DEMO_LOGIN.password);
  // The emptiness check and the first users share one transaction: of two starts at once,
  // the second finds the users the first wrote.
  const made = await deps.db.transaction().execute(async (trx) => {
    if (await anyUser(trx)) return null;
    const now = isoNow(deps.clock);
    const adminId = await insertUser(
      trx,
      now,
      { email: DEMO_LOGIN.email, name: 'Demo Admin' },
      passwordHash,
    );
    const { workspaceId, roleIds } = await createWorkspace(trx, ctx, {
      name: 'Pontis Demo',
      baseCurrency: 'CNY',
      ownerUserId: adminId,
    });
    const userIds: Record<string, string> = { admin: adminId };
    for (const [key, colleague] of Object.entries(DEMO_COLLEAGUES)) {
      const userId = await insertUser(trx, now, colleague, passwordHash);
      const memberId = await insertMember(trx, {
        workspaceId,
        userId,
        roleId: roleIds[colleague.role],
        name: colleague.name,
        createdBy: null,
        at: now,
      });
      await audit(trx, ctx, {
        action: 'member.create',
        entityType: 'member',
        entityId: memberId,
        changes: created({ email: colleague.email, role: colleague.role }),
        workspaceId,
      });
      userIds[key] = userId;
    }
    return { workspaceId, userIds };
  });
  if (!made) return false;
  const { workspaceId, userIds } = made;
  // Modules add their demo data through their own services, as the people who would.
  const as = async (userId: string): Promise<Ctx> => ({
    ...ctx,
    actor: { type: 'user', id: userId, label: null, userId, timeZone: 'Asia/Shanghai' },
    membership: await membershipOf(deps.db, workspaceId, userId),
  });
  const admin = await as(userIds.admin as string);
  const { officeCalendarId: calendarId, aroundTheClockCalendarId } =
    await modules.settings.seed.settings(admin);
  const position = await modules.settings.seed.positions(admin);
  const clients = await modules.clients.seed.clients(admin, userIds.admin as string);
  await modules.feedback.seed.feedback(admin, clients[0] as string);
  const suppliers = await modules.suppliers.seed.suppliers(admin);
  const delivery = await as(userIds.delivery as string);
  await modules.suppliers.seed.evaluations(admin, delivery, suppliers);
  const {
    supplierContractId,
    deskContractId,
    euroContractId,
    retainerContractId,
    closedContractId,
  } = await modules.contracts.seed.contracts({
    admin,
    approvers: [await as(userIds.finance as string), delivery],
    clientId: clients[0] as string,
    euroClientId: clients[1] as string,
    retainerClientId: clients[2] as string,
    supplierId: suppliers[0] as string,
    deskCalendarId: aroundTheClockCalendarId,
    position,
  });
  const today = todayOf(admin);
  const staff = await modules.people.seed.people(admin, {
    calendarId,
    suppliers,
    supplierContractId,
    today,
    adminUserId: userIds.admin as string,
    position,
  });
  const projectId = await modules.projects.seed.project(admin, deskContractId);
  await modules.projects.seed.fixedPrice(admin, euroContractId);
  const retainerProjectId = await modules.projects.seed.retainer(admin, retainerContractId);
  const closedProjectId = await modules.projects.seed.closed(admin, closedContractId);
  await modules.staffing.seed.staffing(admin, {
    ...staff,
    today,
    projectId,
    retainerProjectId,
    closedProjectId,
    position,
  });
  await modules.projects.seed.plan(admin, projectId, { ...staff, today });
  await modules.time.seed.time(admin, {
    people: staff.people,
    projectId,
    retainerProjectId,
    closedProjectId,
    today,
  });
  await modules.projects.seed.close(admin, closedProjectId);
  await modules.finance.seed.finance({
    finance: await as(userIds.finance as string),
    admin,
    today,
    euroContractId,
    retainerContractId,
    closedContractId,
    projectId,
  });
  await modules.servicedesk.seed.tickets(delivery, {
    clientId: clients[0] as string,
    contractId: deskContractId,
    euroClientId: clients[1] as string,
    agentId: userIds.delivery as string,
    adminId: userIds.admin as string,
    supplierContractId,
  });
  return true;
}
