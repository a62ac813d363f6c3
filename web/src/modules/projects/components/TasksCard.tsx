import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
} from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteColumn } from '../../../components/DeleteButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useAssignments } from '../../staffing/api';
import {
  dependencyTypes,
  type Task,
  taskStatuses,
  useChangeTasks,
  useSchedule,
  useTasks,
} from '../api';
import { TaskBoard } from './TaskBoard';

type Node = Task & { children?: Node[] };

/** Tasks nest under their parents, in order. */
function tree(tasks: Task[]): Node[] {
  const byParent = new Map<string | null, Task[]>();
  for (const task of tasks)
    byParent.set(task.parentId, [...(byParent.get(task.parentId) ?? []), task]);
  const build = (parent: string | null): Node[] =>
    (byParent.get(parent) ?? []).map((task) => {
      const children = build(task.id);
      return children.length ? { ...task, children } : task;
    });
  return build(null);
}

/** The work breakdown: nested tasks, who does them, and what each waits for; or a board. */
export function TasksCard({ projectId, canWrite }: { projectId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const tasks = useTasks(projectId);
  const plan = new Map((useSchedule(projectId).data ?? []).map((s) => [s.id, s]));
  const team = useAssignments({ projectId, limit: 100 });
  const { add, update, remove, link } = useChangeTasks(projectId);
  const [taskForm] = Form.useForm();
  const [linkForm] = Form.useForm();
  const [view, setView] = useState<'list' | 'board'>('list');
  const list = tasks.data ?? [];
  // Done means done: a task moved to done is complete, whatever its percentage said.
  const setStatus = (task: Task, status: Task['status']) =>
    update.mutate({
      id: task.id,
      version: task.version,
      status,
      percentComplete: status === 'done' ? 100 : task.percentComplete,
    });
  const nameOf = new Map(list.map((task) => [task.id, task.name]));
  const taskOptions = list.map((task) => ({ value: task.id, label: task.name }));
  const people = [
    ...new Map((team.data?.items ?? []).map((a) => [a.person.id, a.person])).values(),
  ];
  return (
    <Card
      title={t('project.tasks')}
      size="small"
      extra={
        <Segmented
          size="small"
          value={view}
          onChange={setView}
          options={[
            { value: 'list', label: t('project.listView') },
            { value: 'board', label: t('project.boardView') },
          ]}
        />
      }
    >
      {canWrite && (
        <Form
          form={taskForm}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          onFinish={async (v: {
            name: string;
            parentId?: string;
            dates: [dayjs.Dayjs, dayjs.Dayjs];
            estimateHours?: number;
          }) => {
            await add.mutateAsync({
              name: v.name,
              parentId: v.parentId ?? null,
              startDate: v.dates[0].format('YYYY-MM-DD'),
              finishDate: v.dates[1].format('YYYY-MM-DD'),
              estimateHours: v.estimateHours ?? 0,
            });
            taskForm.resetFields();
          }}
        >
          <Form.Item name="name" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('project.taskName')} aria-label={t('project.taskName')} />
          </Form.Item>
          <Form.Item name="parentId">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('project.parent')}
              aria-label={t('project.parent')}
              style={{ width: 180 }}
              options={taskOptions}
            />
          </Form.Item>
          <Form.Item name="dates" rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker.RangePicker aria-label={t('project.period')} />
          </Form.Item>
          <Form.Item name="estimateHours">
            <InputNumber
              min={0}
              placeholder={t('project.estimate')}
              aria-label={t('project.estimate')}
            />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('project.addTask')}
          </Button>
        </Form>
      )}
      <ProblemAlert
        error={tasks.error ?? add.error ?? update.error ?? remove.error ?? link.error}
      />
      {view === 'board' && <TaskBoard tasks={list} canWrite={canWrite} move={setStatus} />}
      {/* Rendered once the tasks are in, so every parent opens expanded. */}
      {view === 'list' && tasks.data && (
        <Table<Node>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={tree(list)}
          expandable={{ defaultExpandAllRows: true }}
          columns={[
            { title: t('project.taskName'), dataIndex: 'name' },
            { title: t('project.start'), dataIndex: 'startDate', width: 110 },
            { title: t('project.finish'), dataIndex: 'finishDate', width: 110 },
            { title: t('project.estimate'), dataIndex: 'estimateHours', width: 90 },
            {
              title: t('project.assignee'),
              key: 'assignee',
              render: (_, task) =>
                canWrite ? (
                  <Select
                    allowClear
                    size="small"
                    style={{ width: 140 }}
                    aria-label={t('project.assignee')}
                    value={task.assignee?.id}
                    options={people.map((p) => ({ value: p.id, label: p.name }))}
                    onChange={(assigneeId?: string) =>
                      update.mutate({
                        id: task.id,
                        version: task.version,
                        assigneeId: assigneeId ?? null,
                      })
                    }
                  />
                ) : (
                  (task.assignee?.name ?? '—')
                ),
            },
            {
              title: t('client.statusLabel'),
              key: 'status',
              render: (_, task) =>
                canWrite ? (
                  <Select
                    size="small"
                    style={{ width: 120 }}
                    value={task.status}
                    options={taskStatuses.map((s) => ({
                      value: s,
                      label: t(`project.taskStatus.${s}`),
                    }))}
                    onChange={(status) => setStatus(task, status)}
                  />
                ) : (
                  t(`project.taskStatus.${task.status}`)
                ),
            },
            { title: '%', dataIndex: 'percentComplete', width: 60 },
            {
              title: t('project.earliest'),
              key: 'schedule',
              render: (_, task) => {
                const s = plan.get(task.id);
                if (!s) return null;
                return (
                  <Space size={4} wrap>
                    {`${s.earlyStart} – ${s.earlyFinish}`}
                    {s.critical ? (
                      <Tag color="red">{t('project.critical')}</Tag>
                    ) : (
                      <Tag>{t('project.slack', { days: s.slackDays })}</Tag>
                    )}
                  </Space>
                );
              },
            },
            {
              title: t('project.waitsFor'),
              key: 'predecessors',
              render: (_, task) => (
                <Space size={2} wrap>
                  {task.predecessors.map((p) => (
                    <Tag key={p.taskId}>
                      {nameOf.get(p.taskId)} · {p.type}
                      {p.lagDays ? ` ${p.lagDays > 0 ? '+' : ''}${p.lagDays}d` : ''}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            ...deleteColumn<Node>(canWrite, (id) => remove.mutate(id)),
          ]}
        />
      )}
      {canWrite && list.length > 1 && (
        <Form
          form={linkForm}
          layout="inline"
          style={{ marginTop: 12, rowGap: 8 }}
          initialValues={{ type: 'FS', lagDays: 0 }}
          onFinish={async (v: {
            predecessorId: string;
            successorId: string;
            type: Task['predecessors'][number]['type'];
            lagDays: number;
          }) => {
            await link.mutateAsync(v);
            linkForm.resetFields();
          }}
        >
          <Form.Item name="successorId" rules={[{ required: true, message: t('form.required') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              placeholder={t('project.successor')}
              aria-label={t('project.successor')}
              style={{ width: 180 }}
              options={taskOptions}
            />
          </Form.Item>
          <Form.Item name="predecessorId" rules={[{ required: true, message: t('form.required') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              placeholder={t('project.predecessor')}
              aria-label={t('project.predecessor')}
              style={{ width: 180 }}
              options={taskOptions}
            />
          </Form.Item>
          <Form.Item name="type">
            <Select
              style={{ width: 90 }}
              aria-label={t('project.linkType')}
              options={dependencyTypes.map((d) => ({ value: d, label: t(`project.link.${d}`) }))}
            />
          </Form.Item>
          <Form.Item name="lagDays">
            <InputNumber
              min={-365}
              max={365}
              addonAfter={t('project.lagDays')}
              aria-label={t('project.lagDays')}
            />
          </Form.Item>
          <Button htmlType="submit" loading={link.isPending}>
            {t('project.addLink')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
