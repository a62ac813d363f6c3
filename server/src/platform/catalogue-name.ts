import type { Executor } from '../db/database.ts';
import { AppError } from './errors/app-error.ts';

/** Catalogues named in two languages, whose English name is unique per workspace. */
type Catalogue = 'skills' | 'positions';

/**
 * Refuses an English name another entry of the workspace's catalogue has, whatever its case
 * (`except` is the entry being renamed).
 */
export async function assertNameFree(
  trx: Executor,
  catalogue: Catalogue,
  workspaceId: string,
  nameEn: string,
  except?: string,
) {
  let q = trx
    .selectFrom(catalogue)
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['name_en']), '=', nameEn.toLowerCase()));
  if (except) q = q.where('id', '!=', except);
  if (await q.executeTakeFirst()) {
    throw new AppError('conflict', `The catalogue has ${nameEn} already`);
  }
}
