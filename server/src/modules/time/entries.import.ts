import type { Executor } from '../../db/database.ts';
import { type Ctx, workspaceOf } from '../../platform/context.ts';
import { notFound } from '../../platform/errors/app-error.ts';
import { getPersonRow, personIdByRef } from '../people/index.ts';
import { projectByNumber, taskIdByName } from '../projects/index.ts';
import { addEntry, type NewEntry } from './entries.service.ts';
import { entryBody } from './time.schema.ts';

type Row = Record<string, string>;
/** What a row gives of an entry; the project comes from its number. */
const rowFields = entryBody.omit({ personId: true, projectId: true });
const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
const yes = new Set(['yes', 'y', 'true', '1', '是']);
const no = new Set(['no', 'n', 'false', '0', '否']);

/**
 * Reads an import row (person, project, task, date, hours, billable, note) into an entry: the
 * person by number or email, the project by number, the task by name within it. Billable is
 * yes or no; left empty, a client project's time is billable and an internal one's is not.
 */
export async function readTimeRow(db: Executor, ctx: Ctx, r: Row) {
  const workspaceId = workspaceOf(ctx);
  const errors: Record<string, string[]> = {};
  const personRef = text(r.person);
  const personId = personRef ? await personIdByRef(db, workspaceId, personRef) : null;
  if (!personId) errors.person = ['no person with this number (PER-0001) or email'];
  const projectNumber = text(r.project);
  const project = projectNumber ? await projectByNumber(db, workspaceId, projectNumber) : undefined;
  if (!project) errors.project = ['no project with this number (PRJ-0001)'];
  const taskName = text(r.task);
  const taskId = project && taskName ? await taskIdByName(db, project.id, taskName) : null;
  if (taskName && project && !taskId) errors.task = ['no task of this name in the project'];
  const flag = text(r.billable)?.toLowerCase();
  if (flag && !yes.has(flag) && !no.has(flag)) errors.billable = ['yes or no'];
  const parsed = rowFields.safeParse({
    taskId,
    day: text(r.date),
    hours: Number(text(r.hours) ?? Number.NaN),
    billable: flag ? yes.has(flag) : project?.contract_id != null,
    note: text(r.note) ?? null,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'day' ? 'date' : String(issue.path[0] ?? 'row');
      errors[field] = [...(errors[field] ?? []), issue.message];
    }
  }
  const ok = Object.keys(errors).length === 0 && parsed.success && project;
  return {
    body: ok ? { personId, entry: { ...parsed.data, projectId: project.id } } : null,
    errors,
  };
}

/** Writes a checked row through the grid's rules; a rule it breaks stops the whole import. */
export async function insertTimeRow(
  trx: Executor,
  ctx: Ctx,
  body: { personId: string; entry: NewEntry },
) {
  const person = await getPersonRow(trx, workspaceOf(ctx), body.personId);
  if (!person) throw notFound('Person');
  await addEntry(trx, ctx, person, body.entry);
  return person.id;
}
