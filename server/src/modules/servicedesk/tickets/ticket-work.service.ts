import type { z } from 'zod';
import { isoNow } from '../../../platform/clock.ts';
import { type Ctx, workspaceOf } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { projectsOfContract } from '../../projects/index.ts';
import { recordEntry, timesheetPerson } from '../../time/index.ts';
import { event, log } from './ticket-log.ts';
import type { workBody } from './tickets.schema.ts';
import { getTicket, visibleTicket } from './tickets.service.ts';

/** The project a contract's service is delivered under: its one project. */
async function serviceProject(ctx: Ctx, contractId: string | null) {
  const projects = contractId
    ? await projectsOfContract(ctx.db, workspaceOf(ctx), contractId).execute()
    : [];
  if (projects.length !== 1) {
    throw new AppError(
      'unprocessable',
      "Work is logged on the project of the ticket's contract, which needs exactly one",
    );
  }
  return (projects[0] as { id: string }).id;
}

/**
 * Logs work on a ticket as time: the hours join the person's timesheet (the caller's, or
 * anyone's with time:manage) on the contract's service project, where approval and pricing
 * treat them like all time; the ticket's log keeps them, both in one transaction.
 */
export async function logWork(ctx: Ctx, id: string, input: z.infer<typeof workBody>) {
  const ticket = await visibleTicket(ctx.db, ctx, id);
  if (ticket.status === 'closed') throw new AppError('unprocessable', 'The ticket is closed');
  const projectId = await serviceProject(ctx, ticket.contract_id);
  const person = await timesheetPerson(ctx, input.personId, 'write');
  await ctx.db.transaction().execute(async (trx) => {
    await recordEntry(trx, ctx, person, {
      projectId,
      day: input.day,
      hours: input.hours,
      billable: input.billable,
      note: `${ticket.number} ${input.note ?? ticket.title}`.slice(0, 500),
    });
    await log(trx, ctx, id, isoNow(ctx.clock), [
      event({
        kind: 'work',
        reason: `${input.hours} h ${input.day}${input.note ? ` ${input.note}` : ''}`,
      }),
    ]);
  });
  return getTicket(ctx, id);
}
