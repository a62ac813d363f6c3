import { Alert, Button, Card, Input, Modal, Segmented, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import Gantt, { type GanttTask } from 'frappe-gantt';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  type Task,
  useBaselines,
  useChangeTasks,
  useSaveBaseline,
  useSchedule,
  useTasks,
} from '../api';
import './gantt.css';

type ViewMode = 'Day' | 'Week' | 'Month';

/** Saving a baseline asks for its name. */
function SaveBaselineButton({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const save = useSaveBaseline(projectId);
  const [name, setName] = useState<string | null>(null);
  return (
    <>
      <Button size="small" onClick={() => setName('')}>
        {t('project.saveBaseline')}
      </Button>
      <Modal
        open={name !== null}
        title={t('project.saveBaseline')}
        okButtonProps={{ disabled: !name?.trim(), loading: save.isPending }}
        onCancel={() => setName(null)}
        onOk={async () => {
          await save.mutateAsync(name?.trim() ?? '');
          setName(null);
        }}
      >
        <ProblemAlert error={save.error} />
        <Input
          aria-label={t('project.baselineName')}
          placeholder={t('project.baselineName')}
          value={name ?? ''}
          onChange={(e) => setName(e.target.value)}
        />
      </Modal>
    </>
  );
}

/**
 * The plan on a timeline: bars at the dates the schedule gives, links drawn between them,
 * critical tasks in red, today marked. Dragging a task's bar moves its planned dates; the
 * schedule then places it no earlier than what it waits for allows.
 */
export function GanttCard({ projectId, canWrite }: { projectId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const tasks = useTasks(projectId);
  const plan = useSchedule(projectId);
  const baselines = useBaselines(projectId);
  const { update } = useChangeTasks(projectId);
  const [mode, setMode] = useState<ViewMode>('Week');
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<Gantt | null>(null);
  const byId = useRef(new Map<string, Task>());
  const move = useRef(update.mutate);
  move.current = update.mutate;

  const list = tasks.data ?? [];
  byId.current = new Map(list.map((x) => [x.id, x]));
  const parents = new Set(list.flatMap((x) => x.parentId ?? []));
  const drawn: GanttTask[] = list.flatMap((x) => {
    const s = plan.data?.find((p) => p.id === x.id);
    if (!s) return [];
    const kind = parents.has(x.id) ? 'parent' : s.critical ? 'critical' : '';
    return [
      {
        id: x.id,
        name: x.name,
        start: s.earlyStart,
        end: s.earlyFinish,
        progress: x.percentComplete,
        dependencies: x.predecessors.map((p) => p.taskId).join(','),
        custom_class: kind,
      },
    ];
  });
  // The chart is drawn again only when a bar changes, not on every refetch (which would also
  // lose the reader's scroll position).
  const drawnKey = JSON.stringify(drawn);
  const bars = useMemo<GanttTask[]>(() => JSON.parse(drawnKey), [drawnKey]);

  useEffect(() => {
    const el = box.current;
    if (!el || bars.length === 0) return;
    el.innerHTML = '';
    let dragged: { id: string; start: Date; end: Date } | null = null;
    chart.current = new Gantt(el, bars, {
      view_mode: mode,
      language: i18n.language,
      bar_height: 24,
      padding: 14,
      popup: false,
      today_button: false,
      readonly: !canWrite,
      readonly_progress: true,
      move_dependencies: false,
      infinite_padding: false,
      // The chart reports every step of a drag; the move is saved once, when the bar is let go.
      on_date_change: (bar, start, end) => {
        dragged = { id: bar.id, start, end };
      },
    });
    const drop = () => {
      const task = dragged && byId.current.get(dragged.id);
      if (dragged && task) {
        move.current({
          id: task.id,
          version: task.version,
          startDate: dayjs(dragged.start).format('YYYY-MM-DD'),
          finishDate: dayjs(dragged.end).format('YYYY-MM-DD'),
        });
      }
      dragged = null;
    };
    document.addEventListener('mouseup', drop);
    return () => {
      document.removeEventListener('mouseup', drop);
      el.innerHTML = '';
    };
  }, [bars, mode, canWrite, i18n.language]);

  const latest = baselines.data?.[0];
  const slipped = (plan.data ?? []).filter((s) => (s.finishVarianceDays ?? 0) !== 0);
  const forecastEnd = (plan.data ?? [])
    .map((s) => s.earlyFinish)
    .sort()
    .at(-1);
  const nameOf = (id: string) => byId.current.get(id)?.name ?? '';
  return (
    <Card
      size="small"
      title={t('project.gantt')}
      extra={
        <Space>
          <Segmented<ViewMode>
            size="small"
            value={mode}
            onChange={setMode}
            options={(['Day', 'Week', 'Month'] as const).map((m) => ({
              value: m,
              label: t(`project.view.${m}`),
            }))}
          />
          <Button size="small" onClick={() => chart.current?.scroll_current()}>
            {t('project.today')}
          </Button>
          {canWrite && <SaveBaselineButton projectId={projectId} />}
        </Space>
      }
    >
      <ProblemAlert error={tasks.error ?? plan.error ?? update.error} />
      {bars.length === 0 ? (
        <Typography.Text type="secondary">{t('project.noTasks')}</Typography.Text>
      ) : (
        <div ref={box} data-testid="gantt" />
      )}
      {latest ? (
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Alert
            type={latest.endDate < (forecastEnd ?? latest.endDate) ? 'warning' : 'info'}
            showIcon
            message={t('project.againstBaseline', {
              seq: latest.seq,
              name: latest.name,
              end: latest.endDate,
              forecast: forecastEnd ?? latest.endDate,
            })}
          />
          {slipped.length > 0 && (
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={slipped}
              columns={[
                { title: t('project.taskName'), key: 'name', render: (_, s) => nameOf(s.id) },
                { title: t('project.baselineFinish'), dataIndex: 'baselineFinish' },
                { title: t('project.forecastFinish'), dataIndex: 'earlyFinish' },
                {
                  title: t('project.slip'),
                  key: 'slip',
                  align: 'right',
                  render: (_, s) => s.finishVarianceDays,
                },
              ]}
            />
          )}
        </Space>
      ) : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          {t('project.noBaseline')}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
