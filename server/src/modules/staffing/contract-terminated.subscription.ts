import type { z } from 'zod';
import type { Executor } from '../../db/database.ts';
import { audit } from '../../platform/audit/audit.ts';
import { isoNow } from '../../platform/clock.ts';
import { type Deps, systemCtx } from '../../platform/context.ts';
import type { ModuleSubscription } from '../../platform/modules/manifest.ts';
import { notify, usersWith } from '../../platform/notifications/notify.ts';
import { clientContractOf, contractTerminated } from '../contracts/index.ts';
import { projectsOfContract } from '../projects/index.ts';

type Ended = z.infer<typeof contractTerminated.payload>;

/**
 * Bookings on the projects of a terminated contract end with it: those running past the
 * termination day end on it, those that had not begun are removed. Nobody will pay for that
 * time, and the people become free for other work. Staffing managers hear how many moved.
 */
async function cutBookings(trx: Executor, deps: Deps, workspaceId: string, ended: Ended) {
  const bookings = await trx
    .selectFrom('assignments')
    .select(['id', 'start_date', 'end_date'])
    .where('workspace_id', '=', workspaceId)
    .where('project_id', 'in', projectsOfContract(trx, workspaceId, ended.contractId))
    .where('end_date', '>', ended.endedOn)
    .execute();
  if (bookings.length === 0) return;
  const unborn = bookings.filter((b) => b.start_date > ended.endedOn);
  const running = bookings.filter((b) => b.start_date <= ended.endedOn);
  if (unborn.length > 0) {
    const ids = unborn.map((b) => b.id);
    await trx.deleteFrom('assignments').where('id', 'in', ids).execute();
  }
  if (running.length > 0) {
    await trx
      .updateTable('assignments')
      .set((eb) => ({
        end_date: ended.endedOn,
        updated_at: isoNow(deps.clock),
        version: eb('version', '+', 1),
      }))
      .where(
        'id',
        'in',
        running.map((b) => b.id),
      )
      .execute();
  }
  const ctx = systemCtx(deps, workspaceId);
  for (const b of bookings) {
    const removed = b.start_date > ended.endedOn;
    await audit(trx, ctx, {
      action: 'assignment.cut',
      entityType: 'assignment',
      entityId: b.id,
      changes: { endDate: { before: b.end_date, after: removed ? null : ended.endedOn } },
    });
  }
  const contract = await clientContractOf(trx, workspaceId, ended.contractId);
  await notify(trx, deps.clock, await usersWith(trx, workspaceId, 'staffing:write'), {
    workspaceId,
    kind: 'contract.terminated',
    params: {
      number: contract?.number ?? '',
      title: contract?.title ?? '',
      day: ended.endedOn,
      count: bookings.length,
    },
    link: `/contracts/${ended.contractId}`,
    uniqueKey: `contract.terminated:${ended.contractId}`,
  });
}

export const bookingsEndWithContract: ModuleSubscription = {
  name: 'staffing.bookings-end-with-contract',
  event: contractTerminated.type,
  handle: async (trx, event, deps) => {
    if (!event.workspaceId) return;
    await cutBookings(
      trx,
      deps,
      event.workspaceId,
      contractTerminated.payload.parse(event.payload),
    );
  },
};
