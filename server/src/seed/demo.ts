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
  await deps.db.transaction().execute(async (trx) => {
    const userId = newId();
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
    await createWorkspace(trx, ctx, {
      name: 'Pontis Demo',
      baseCurrency: 'CNY',
      ownerUserId: userId,
    });
  });
  return true;
}
