import { Button, Card, Col, Progress, Row, Space, Typography } from 'antd';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Task, taskStatuses } from '../api';

type Status = Task['status'];

/**
 * The work as a board: a column per status, a card per leaf task (parents follow their
 * subtasks). A card moves by dragging it to another column, or by its arrow buttons.
 */
export function TaskBoard({
  tasks,
  canWrite,
  move,
}: {
  tasks: Task[];
  canWrite: boolean;
  move: (task: Task, status: Status) => void;
}) {
  const { t } = useTranslation();
  const [over, setOver] = useState<Status | null>(null);
  const parents = new Set(tasks.map((task) => task.parentId));
  const nameOf = new Map(tasks.map((task) => [task.id, task.name]));
  const leaves = tasks.filter((task) => !parents.has(task.id));
  const drop = (status: Status) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const task = leaves.find((l) => l.id === e.dataTransfer.getData('text/plain'));
    if (task && task.status !== status) move(task, status);
  };
  return (
    <Row gutter={12}>
      {taskStatuses.map((status, i) => (
        <Col span={8} key={status}>
          <section
            aria-label={t(`project.taskStatus.${status}`)}
            onDragOver={(e) => {
              if (!canWrite) return;
              e.preventDefault();
              setOver(status);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={drop(status)}
            style={{
              minHeight: 120,
              padding: 8,
              borderRadius: 8,
              background: over === status ? 'rgba(22,119,255,0.08)' : 'rgba(0,0,0,0.02)',
            }}
          >
            <Typography.Text strong>
              {t(`project.taskStatus.${status}`)} ·{' '}
              {leaves.filter((l) => l.status === status).length}
            </Typography.Text>
            {leaves
              .filter((task) => task.status === status)
              .map((task) => (
                <Card
                  key={task.id}
                  size="small"
                  style={{ marginTop: 8, cursor: canWrite ? 'grab' : undefined }}
                  draggable={canWrite}
                  onDragStart={(e) => e.dataTransfer.setData('text/plain', task.id)}
                  aria-label={task.name}
                >
                  <Typography.Text strong>{task.name}</Typography.Text>
                  {task.parentId && (
                    <div>
                      <Typography.Text type="secondary">
                        {nameOf.get(task.parentId)}
                      </Typography.Text>
                    </div>
                  )}
                  <div>
                    {task.assignee?.name ?? '—'} · {task.finishDate}
                  </div>
                  <Progress percent={task.percentComplete} size="small" />
                  {canWrite && (
                    <Space size={4}>
                      {i > 0 && (
                        <Button
                          size="small"
                          aria-label={t('project.moveTo', {
                            status: t(`project.taskStatus.${taskStatuses[i - 1]}`),
                          })}
                          onClick={() => move(task, taskStatuses[i - 1] as Status)}
                        >
                          ←
                        </Button>
                      )}
                      {i < taskStatuses.length - 1 && (
                        <Button
                          size="small"
                          aria-label={t('project.moveTo', {
                            status: t(`project.taskStatus.${taskStatuses[i + 1]}`),
                          })}
                          onClick={() => move(task, taskStatuses[i + 1] as Status)}
                        >
                          →
                        </Button>
                      )}
                    </Space>
                  )}
                </Card>
              ))}
          </section>
        </Col>
      ))}
    </Row>
  );
}
