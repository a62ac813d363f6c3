import { partyOf } from '../../platform/access/party-scope.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors/app-error.ts';
import { getPersonRow, ownPersonId } from '../people/index.ts';

const can = (ctx: Ctx, p: 'time:read' | 'time:manage') =>
  Boolean(ctx.membership?.permissions.has(p));

/**
 * The person whose week is asked for: the caller's own by default. Another person's week is
 * read with time:read (a supplier portal: only its own workers) and written with time:manage.
 */
export async function personFor(ctx: Ctx, personId: string | undefined, mode: 'read' | 'write') {
  const own = await ownPersonId(ctx).catch(() => null);
  const id = personId ?? own;
  if (!id) throw notFound('Person');
  if (id !== own) {
    const allowed =
      mode === 'read' ? can(ctx, 'time:read') || can(ctx, 'time:manage') : can(ctx, 'time:manage');
    if (!allowed) throw new AppError('forbidden', 'Only your own timesheet');
  }
  const person = await getPersonRow(ctx.db, workspaceOf(ctx), id, partyOf(ctx));
  if (!person) throw notFound('Person');
  return person;
}
