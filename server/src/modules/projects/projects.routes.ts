import { z } from 'zod';
import { sortParam } from '../../platform/http/keyset.ts';
import { pageFromAll, pageOf, pageQuery } from '../../platform/http/pagination.ts';
import { type App, typed } from '../../platform/http/route.ts';
import { idParam } from '../../platform/http/schemas.ts';
import * as logs from './delivery/project-logs.service.ts';
import { evmSchema } from './monitoring/evm.schema.ts';
import { projectEvm } from './monitoring/evm.service.ts';
import * as baselines from './plan/baselines.service.ts';
import { budgetBody, budgetSchema } from './plan/budget.schema.ts';
import { getBudget, setBudget } from './plan/budget.service.ts';
import * as milestones from './plan/milestones.service.ts';
import { projectSchedule } from './plan/schedule.service.ts';
import * as tasks from './plan/tasks.service.ts';
import { projectSorts } from './projects.repository.ts';
import * as s from './projects.schema.ts';
import * as projects from './projects.service.ts';

/** Projects, their phases and gates, work breakdown, dependencies, milestones and logs. */
export function projectRoutes(app: App) {
  const r = typed(app);
  const tags = ['projects'];
  const read = { access: 'projects:read' } as const;
  const write = { access: 'projects:write' } as const;
  const taskList = { 200: z.array(s.taskSchema) };
  const milestoneList = { 200: z.array(s.milestoneSchema) };

  r.get('/api/v1/projects', {
    config: read,
    schema: {
      tags,
      querystring: s.projectListQuery.extend({ sort: sortParam(projectSorts, 'name') }),
      response: { 200: pageOf(s.projectSchema) },
    },
    handler: (req) => projects.listProjects(req.ctx, req.query),
  });
  r.get('/api/v1/projects/:id', {
    config: read,
    schema: { tags, params: idParam, response: { 200: s.projectSchema } },
    handler: (req) => projects.getProject(req.ctx, req.params.id),
  });
  r.post('/api/v1/projects', {
    config: write,
    schema: { tags, body: s.projectBody, response: { 201: s.projectSchema } },
    handler: async (req, reply) =>
      reply.code(201).send(await projects.createProject(req.ctx, req.body)),
  });
  r.patch('/api/v1/projects/:id', {
    config: write,
    schema: {
      tags,
      params: idParam,
      body: s.projectUpdateBody,
      response: { 200: s.projectSchema },
    },
    handler: (req) => projects.updateProject(req.ctx, req.params.id, req.body),
  });
  r.put('/api/v1/projects/:id/gates/:phase/:key', {
    config: write,
    schema: { tags, params: s.gateParams, body: s.gateBody, response: { 200: s.projectSchema } },
    handler: (req) => projects.setGate(req.ctx, req.params.id, req.params, req.body),
  });
  r.post('/api/v1/projects/:id/advance', {
    config: write,
    schema: { tags, params: idParam, body: s.advanceBody, response: { 200: s.projectSchema } },
    handler: (req) => projects.advancePhase(req.ctx, req.params.id, req.body),
  });

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
  r.get('/api/v1/projects/:id/earned-value', {
    // Actual cost and the cost index are what work costs us: for those who see margins.
    config: { access: 'contracts:margin' },
    schema: { tags, params: idParam, response: { 200: evmSchema } },
    handler: (req) => projectEvm(req.ctx, req.params.id),
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

  const issueList = { 200: z.array(s.issueSchema) };
  const decisionList = { 200: z.array(s.decisionSchema) };
  r.get('/api/v1/projects/:id/issues', {
    config: read,
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.issueSchema) },
    },
    handler: async (req) => pageFromAll(await logs.listIssues(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/projects/:id/issues', {
    config: write,
    schema: { tags, params: idParam, body: s.issueBody, response: issueList },
    handler: (req) => logs.addIssue(req.ctx, req.params.id, req.body),
  });
  r.patch('/api/v1/projects/:id/issues/:issueId', {
    config: write,
    schema: { tags, params: s.issueParams, body: s.issueUpdateBody, response: issueList },
    handler: (req) => logs.updateIssue(req.ctx, req.params.id, req.params.issueId, req.body),
  });
  r.get('/api/v1/projects/:id/decision-log', {
    config: read,
    schema: {
      tags,
      params: idParam,
      querystring: pageQuery,
      response: { 200: pageOf(s.decisionSchema) },
    },
    handler: async (req) =>
      pageFromAll(await logs.listDecisions(req.ctx, req.params.id), req.query),
  });
  r.post('/api/v1/projects/:id/decision-log', {
    config: write,
    schema: {
      tags,
      operationId: 'recordProjectDecision',
      params: idParam,
      body: s.decisionBody,
      response: decisionList,
    },
    handler: (req) => logs.addDecision(req.ctx, req.params.id, req.body),
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
