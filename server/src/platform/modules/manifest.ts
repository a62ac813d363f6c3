import type { FastifyInstance } from 'fastify';
import type { Executor } from '../../db/database.ts';
import type { Deps } from '../context.ts';
import type { DomainEvent } from '../events/events.ts';
import type { DayScope, JobSchedule } from '../jobs/schedule.ts';
import type { PartyType } from '../workspaces/workspaces.table.ts';

/**
 * Background work a module declares; the worker process runs each one on its own. A daily
 * job's run covers the workspaces of one time zone on their day (`scope`).
 */
export type ModuleJob = {
  name: string;
  schedule: JobSchedule;
  run: (deps: Deps, scope?: DayScope) => Promise<unknown>;
};

/**
 * A server a module runs beside the app (the service desk's inbound mail): the worker process
 * starts it once, when its configuration asks for it, and stops it on shutdown. `start`
 * answers how to stop it, or null when it is not configured.
 */
export type ModuleListener = {
  name: string;
  start: (deps: Deps, onError: (err: unknown) => void) => Promise<(() => Promise<void>) | null>;
};

/**
 * A reaction to another module's event, run after that change committed, in a transaction of
 * its own that also records the delivery: it runs once per event however often it is retried.
 * `name` (module.reaction) keys the deliveries, so it never changes once released.
 */
export type ModuleSubscription = {
  name: string;
  event: string;
  handle: (trx: Executor, event: DomainEvent, deps: Deps) => Promise<void>;
};

/**
 * What the app reads of a module (its second door, beside `index.ts`): the routes it mounts,
 * the jobs, listeners and event subscriptions the worker runs, the parties portal users may be bound to,
 * and its demo seed. Tables are declared by each `*.table.ts` (see db/tables.ts).
 */
export type ModuleManifest = {
  name: string;
  routes: ((app: FastifyInstance) => void)[];
  jobs?: ModuleJob[];
  listeners?: ModuleListener[];
  subscriptions?: ModuleSubscription[];
  parties?: Partial<
    Record<PartyType, (db: Executor, workspaceId: string, id: string) => Promise<boolean>>
  >;
  seed?: Record<string, (...args: never[]) => Promise<unknown>>;
};
