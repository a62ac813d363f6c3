import type { Deps } from '../platform/context.ts';
import { createDispatcher } from '../platform/events/events.ts';
import type { ModuleManifest } from '../platform/modules/manifest.ts';
import { clients } from './clients/clients.module.ts';
import { contracts } from './contracts/contracts.module.ts';
import { feedback } from './feedback/feedback.module.ts';
import { finance } from './finance/finance.module.ts';
import { imports } from './imports/imports.module.ts';
import { people } from './people/people.module.ts';
import { projects } from './projects/projects.module.ts';
import { search } from './search/search.module.ts';
import { servicedesk } from './servicedesk/servicedesk.module.ts';
import { settings } from './settings/settings.module.ts';
import { staffing } from './staffing/staffing.module.ts';
import { suppliers } from './suppliers/suppliers.module.ts';
import { time } from './time/time.module.ts';

/**
 * Every business module's manifest, in the order the app mounts their routes. The app, the
 * worker, the demo seed and the tests that run a job find modules here; other code reaches a
 * module through its index.ts.
 */
export const modules = {
  clients,
  feedback,
  suppliers,
  settings,
  contracts,
  people,
  staffing,
  projects,
  time,
  finance,
  servicedesk,
  search,
  imports,
};

/** The same manifests as a list, for code that treats every module alike. */
export const manifests: readonly ModuleManifest[] = Object.values(modules);

/** The jobs every module declares, for the worker and for tests that run one on demand. */
export const moduleJobs = manifests.flatMap((m) => m.jobs ?? []);

/** The servers modules run beside the app, which the worker process starts. */
export const moduleListeners = manifests.flatMap((m) => m.listeners ?? []);

/** One declared job by name; throws for a name no module declares. */
export function moduleJob(name: string) {
  const job = moduleJobs.find((j) => j.name === name);
  if (!job) throw new Error(`No module declares the job ${name}`);
  return job;
}

/** A dispatcher that delivers events to every module's subscriptions, for the worker and tests. */
export function moduleDispatcher(deps: Deps) {
  const dispatcher = createDispatcher(deps.db, deps.clock);
  for (const s of manifests.flatMap((m) => m.subscriptions ?? [])) {
    dispatcher.subscribe(s.event, { name: s.name, handle: (trx, e) => s.handle(trx, e, deps) });
  }
  return dispatcher;
}
