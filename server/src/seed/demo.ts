import { seedClients } from '../modules/clients/clients.seed.ts';
import { seedSuppliers } from '../modules/suppliers/suppliers.seed.ts';
import { membershipOf } from '../platform/auth/identity.ts';
import { isoNow } from '../platform/clock.ts';
import type { Deps } from '../platform/context.ts';
import { systemActor } from '../platform/context.ts';
import { hashPassword } from '../platform/crypto.ts';
import { newId } from '../platform/ids.ts';
import { createWorkspace } from '../platform/workspaces/workspaces.service.ts';

export const DEMO_LOGIN = { email: 'admin@pontis.local', password: 'pontis-demo' } as const;

/** Seeds only a database with no users at all, so it can never touch real data. */
export async function seedDemoIfEmpty(deps: Deps): Promise<boolean> {
  const anyUser = await deps.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return false;
  const ctx = { ...deps, actor: systemActor, membership: null, requestId: null, ip: null };
  const passwordHash = await hashPassword(DEMO_LOGIN.password);
  const userId = newId();
  const { workspaceId } = await deps.db.transaction().execute(async (trx) => {
    const now = isoNow(deps.clock);
    await trx
      .insertInto('users')
      .values({
        id: userId,
        email: DEMO_LOGIN.email,
        name: 'Demo Admin',
        password_hash: passwordHash,
        locale: 'zh-CN',
        time_zone: 'Asia/Shanghai',
        created_at: now,
        updated_at: now,
      })
      .execute();
    return createWorkspace(trx, ctx, {
      name: 'Pontis Demo',
      baseCurrency: 'CNY',
      ownerUserId: userId,
    });
  });
  // Modules add their demo data through their own services, as the admin.
  const membership = await membershipOf(deps.db, workspaceId, userId);
  const adminCtx = {
    ...ctx,
    actor: { type: 'user' as const, id: userId, label: DEMO_LOGIN.email, userId },
    membership,
  };
  await seedClients(adminCtx, userId);
  await seedSuppliers(adminCtx);
  return true;
}
