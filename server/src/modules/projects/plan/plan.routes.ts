import { z } from 'zod';
import { pageFromAll, pageOf, pageQuery } from '../../../platform/http/pagination.ts';
import { type App, typed } from '../../../platform/http/route.ts';
import { idParam } from '../../../platform/http/schemas.ts';
import * as s from '../projects.schema.ts';
import * as baselines from './baselines.service.ts';
import { budgetBody, budgetSchema } from './budget.schema.ts';
import { getBudget, setBudget } from './budget.service.ts';
import * as milestones from './milestones.service.ts';
import { projectSchedule } from './schedule.service.ts';
import * as tasks from './tasks.service.ts';

/** A project's plan: work breakdown, dependencies, schedule, milestones, baselines and budget. */
export function planRoutes(app: App) {
  const r = typed(app);
  const tags = ['projects'];
  const read = { access: 'projects:read' } as const;
  const write = { access: 'projects:write' } as const;
  const taskList = { 200: z.array(s.taskSchema) };
  const milestoneList = { 200: z.array(s.milestoneSchema) };

  r.get('/api/v1/projects/:id/tasks', {
    config: read,
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.taskSchema) },
    },
    handler: async (req) => pageFromAll(await tasks.listTasks(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/projects/:id/tasks', {
    config: write,
    schema: { tags, params: idParam, body: s.taskBody, response: taskList },
    handler: (req) => tasks.createTask(req.ctx, req.params.id, req.body),
  });
  r.patch('/api/v1/projects/:id/tasks/:taskId', {
    config: write,
    schema: { tags, params: s.taskParams, body: s.taskUpdateBody, response: taskList },
    handler: (req) => tasks.updateTask(req.ctx, req.params.id, req.params.taskId, req.body),
  });
  r.delete('/api/v1/projects/:id/tasks/:taskId', {
    config: write,
    schema: { tags, params: s.taskParams, response: taskList },
    handler: (req) => tasks.deleteTask(req.ctx, req.params.id, req.params.taskId),
  });
  r.get('/api/v1/projects/:id/schedule', {
    config: read,
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.scheduledTaskSchema) },
    },
    handler: async (req) => pageFromAll(await projectSchedule(req.ctx, req.params.id), req.query),
  });
  r.get('/api/v1/projects/:id/budget', {
    config: read,
    schema: { tags, params: idParam, response: { 200: budgetSchema } },
    handler: (req) => getBudget(req.ctx, req.params.id),
  });
  r.put('/api/v1/projects/:id/budget', {
    config: { access: 'projects:write' },
    schema: { tags, params: idParam, body: budgetBody, response: { 200: budgetSchema } },
    handler: (req) => setBudget(req.ctx, req.params.id, req.body),
  });
  r.get('/api/v1/projects/:id/baselines', {
    config: read,
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.baselineSchema) },
    },
    handler: async (req) =>
      pageFromAll(await baselines.listBaselines(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/projects/:id/baselines', {
    config: write,
    schema: {
      tags,
      params: idParam,
      body: s.baselineBody,
      response: { 201: z.array(s.baselineSchema) },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await baselines.saveBaseline(req.ctx, req.params.id, req.body)),
  });
  r.post('/api/v1/projects/:id/dependencies', {
    config: write,
    schema: { tags, params: idParam, body: s.dependencyBody, response: taskList },
    handler: (req) => tasks.addDependency(req.ctx, req.params.id, req.body),
  });
  r.delete('/api/v1/projects/:id/dependencies/:predecessorId/:successorId', {
    config: write,
    schema: { tags, params: s.dependencyParams, response: taskList },
    handler: (req) =>
      tasks.removeDependency(
        req.ctx,
        req.params.id,
        req.params.predecessorId,
        req.params.successorId,
      ),
  });

  r.get('/api/v1/projects/:id/milestones', {
    config: read,
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.milestoneSchema) },
    },
    handler: async (req) =>
      pageFromAll(await milestones.listMilestones(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/projects/:id/milestones', {
    config: write,
    schema: { tags, params: idParam, body: s.milestoneBody, response: milestoneList },
    handler: (req) => milestones.addMilestone(req.ctx, req.params.id, req.body),
  });
  r.patch('/api/v1/projects/:id/milestones/:milestoneId', {
    config: write,
    schema: {
      tags,
      params: s.milestoneParams,
      body: s.milestoneUpdateBody,
      response: milestoneList,
    },
    handler: (req) =>
      milestones.updateMilestone(req.ctx, req.params.id, req.params.milestoneId, req.body),
  });
  r.delete('/api/v1/projects/:id/milestones/:milestoneId', {
    config: write,
    schema: { tags, params: s.milestoneParams, response: milestoneList },
    handler: (req) => milestones.removeMilestone(req.ctx, req.params.id, req.params.milestoneId),
  });
}
