import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';

export type Project = Schemas['Project'];
export type Task = Schemas['Task'];
export type Milestone = Schemas['Milestone'];
export type ProjectFilter = NonNullable<paths['/api/v1/projects']['get']['parameters']['query']>;
type ProjectBody = paths['/api/v1/projects']['post']['requestBody']['content']['application/json'];
type TaskBody =
  paths['/api/v1/projects/{id}/tasks']['post']['requestBody']['content']['application/json'];
type DependencyBody =
  paths['/api/v1/projects/{id}/dependencies']['post']['requestBody']['content']['application/json'];
type MilestoneBody =
  paths['/api/v1/projects/{id}/milestones']['post']['requestBody']['content']['application/json'];

export const phases = ['initiation', 'planning', 'execution', 'monitoring', 'closure'] as const;
export const projectPhases: Project['phase'][] = [...phases, 'closed'];
export const evMethods: Project['evMethod'][] = ['percent_complete', 'deliverables'];
export const healths: Project['health'][] = ['green', 'amber', 'red'];
export const taskStatuses: Task['status'][] = ['todo', 'in_progress', 'done'];
export const dependencyTypes: Task['predecessors'][number]['type'][] = ['FS', 'SS', 'FF', 'SF'];

const keys = {
  all: ['projects'] as const,
  one: (id: string) => ['projects', 'one', id] as const,
};
const path = (id: string) => ({ params: { path: { id } } });

export function useProjects(filter: ProjectFilter) {
  return useQuery({
    queryKey: [...keys.all, 'list', filter],
    queryFn: () => unwrap(api.GET('/api/v1/projects', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/projects/{id}', path(id))),
  });
}

export function useCreateProject() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProjectBody) => unwrap(api.POST('/api/v1/projects', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.all }),
  });
}

/** Changes to a project itself: its fields, a gate ticked, the next phase. */
export function useChangeProject(id: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: keys.one(id) });
  return {
    update: useMutation({
      mutationFn: (
        body: paths['/api/v1/projects/{id}']['patch']['requestBody']['content']['application/json'],
      ) => unwrap(api.PATCH('/api/v1/projects/{id}', { ...path(id), body })),
      onSuccess,
    }),
    gate: useMutation({
      mutationFn: (g: {
        phase: (typeof phases)[number];
        key: string;
        done: boolean;
        version: number;
      }) =>
        unwrap(
          api.PUT('/api/v1/projects/{id}/gates/{phase}/{key}', {
            params: { path: { id, phase: g.phase, key: g.key as never } },
            body: { done: g.done, version: g.version },
          }),
        ),
      onSuccess,
    }),
    advance: useMutation({
      mutationFn: (body: { version: number; overrideReason?: string }) =>
        unwrap(api.POST('/api/v1/projects/{id}/advance', { ...path(id), body })),
      onSuccess,
    }),
  };
}

export function useTasks(projectId: string) {
  return useQuery({
    queryKey: [...keys.one(projectId), 'tasks'],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/projects/{id}/tasks', {
          params: { path: { id: projectId }, query: page },
        }),
      ),
  });
}

/** Each task's early and late dates, slack and whether it is on the critical path. */
export function useSchedule(projectId: string) {
  return useQuery({
    queryKey: [...keys.one(projectId), 'schedule'],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/projects/{id}/schedule', {
          params: { path: { id: projectId }, query: page },
        }),
      ),
  });
}

/** Add, change or remove tasks and their links; the answer is the whole breakdown. */
export function useChangeTasks(projectId: string) {
  const qc = useQueryClient();
  const onSuccess = (tasks: Task[]) => {
    qc.setQueryData([...keys.one(projectId), 'tasks'], tasks);
    return qc.invalidateQueries({ queryKey: [...keys.one(projectId), 'schedule'] });
  };
  const task = (taskId: string) => ({ params: { path: { id: projectId, taskId } } });
  return {
    add: useMutation({
      mutationFn: (body: TaskBody) =>
        unwrap(api.POST('/api/v1/projects/{id}/tasks', { ...path(projectId), body })),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, ...body }: { id: string; version: number } & Partial<TaskBody>) =>
        unwrap(api.PATCH('/api/v1/projects/{id}/tasks/{taskId}', { ...task(id), body })),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (taskId: string) =>
        unwrap(api.DELETE('/api/v1/projects/{id}/tasks/{taskId}', task(taskId))),
      onSuccess,
    }),
    link: useMutation({
      mutationFn: (body: DependencyBody) =>
        unwrap(api.POST('/api/v1/projects/{id}/dependencies', { ...path(projectId), body })),
      onSuccess,
    }),
    unlink: useMutation({
      mutationFn: (l: { predecessorId: string; successorId: string }) =>
        unwrap(
          api.DELETE('/api/v1/projects/{id}/dependencies/{predecessorId}/{successorId}', {
            params: { path: { id: projectId, ...l } },
          }),
        ),
      onSuccess,
    }),
  };
}

export function useMilestones(projectId: string) {
  return useQuery({
    queryKey: [...keys.one(projectId), 'milestones'],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/projects/{id}/milestones', {
          params: { path: { id: projectId }, query: page },
        }),
      ),
  });
}

export function useChangeMilestones(projectId: string) {
  const qc = useQueryClient();
  const onSuccess = (list: Milestone[]) =>
    qc.setQueryData([...keys.one(projectId), 'milestones'], list);
  const one = (milestoneId: string) => ({ params: { path: { id: projectId, milestoneId } } });
  return {
    add: useMutation({
      mutationFn: (body: MilestoneBody) =>
        unwrap(api.POST('/api/v1/projects/{id}/milestones', { ...path(projectId), body })),
      onSuccess,
    }),
    complete: useMutation({
      mutationFn: (m: Milestone) =>
        unwrap(
          api.PATCH('/api/v1/projects/{id}/milestones/{milestoneId}', {
            ...one(m.id),
            body: { status: m.status === 'open' ? 'completed' : 'open', version: m.version },
          }),
        ),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (milestoneId: string) =>
        unwrap(api.DELETE('/api/v1/projects/{id}/milestones/{milestoneId}', one(milestoneId))),
      onSuccess,
    }),
  };
}

export type Baseline = Schemas['ProjectBaseline'];

export function useBaselines(projectId: string) {
  return useQuery({
    queryKey: [...keys.one(projectId), 'baselines'],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/projects/{id}/baselines', {
          params: { path: { id: projectId }, query: page },
        }),
      ),
  });
}

/** Freezes the plan as it stands; the schedule is then measured against it. */
export function useSaveBaseline(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) =>
      unwrap(api.POST('/api/v1/projects/{id}/baselines', { ...path(projectId), body: { name } })),
    onSuccess: (list: Baseline[]) => {
      qc.setQueryData([...keys.one(projectId), 'baselines'], list);
      return qc.invalidateQueries({ queryKey: [...keys.one(projectId), 'schedule'] });
    },
  });
}

export type EarnedValue = NonNullable<Schemas['EarnedValue']['evm']>;

export function useEarnedValue(projectId: string) {
  return useQuery({
    queryKey: [...keys.one(projectId), 'earned-value'],
    queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/earned-value', path(projectId))),
  });
}

export type Budget = Schemas['ProjectBudget'];

export function useBudget(projectId: string) {
  return useQuery({
    queryKey: [...keys.one(projectId), 'budget'],
    queryFn: () => unwrap(api.GET('/api/v1/projects/{id}/budget', path(projectId))),
  });
}

/** Saves the split; the project's version moves with it, so the project is read again. */
export function useSetBudget(projectId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: {
      version: number;
      lines: Pick<Budget['lines'][number], 'category' | 'plannedMinor'>[];
    }) => unwrap(api.PUT('/api/v1/projects/{id}/budget', { ...path(projectId), body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.one(projectId) }),
  });
}
