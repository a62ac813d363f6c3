import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { statusColor, type Week, type WeekRow } from '../api';

const total = (hours: number[]) => Math.round(hours.reduce((a, b) => a + b, 0) * 100) / 100;

/**
 * The week as a grid: one row per project, task and billable flag, one column per day. Days
 * off are marked in the header; a day the person is not booked on the row's project, and rows
 * of weeks already submitted, cannot be typed into.
 */
export function WeekGrid({
  week,
  rows,
  onChange,
}: {
  week: Week;
  rows: WeekRow[];
  onChange: (rows: WeekRow[]) => void;
}) {
  const { t } = useTranslation();
  const projectOf = (id: string) => week.projects.find((p) => p.id === id);
  const sheetOf = (projectId: string) => week.sheets.find((s) => s.projectId === projectId);
  const locked = (r: WeekRow) => {
    const status = sheetOf(r.projectId)?.status;
    return status !== undefined && status !== 'draft' && status !== 'rejected';
  };
  const change = (i: number, patch: Partial<WeekRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const booked = (r: WeekRow, day: string) => {
    const p = projectOf(r.projectId);
    return Boolean(p?.from && p.to && p.from <= day && day <= p.to);
  };
  const bookable = week.projects.filter((p) => p.from);

  const dayColumns = week.days.map((d, i) => ({
    key: d.day,
    align: 'right' as const,
    width: 92,
    title: (
      <Space direction="vertical" size={0}>
        <span>{dayjs(d.day).format('ddd D/M')}</span>
        {d.off && d.off !== 'weekend' && <Tag color="orange">{t(`time.off.${d.off}`)}</Tag>}
      </Space>
    ),
    render: (_: unknown, r: WeekRow, ri: number) => (
      <InputNumber
        size="small"
        aria-label={t('time.hoursCell', { row: ri + 1, day: d.day })}
        min={0}
        max={24}
        step={0.25}
        value={r.hours[i] || null}
        disabled={locked(r) || !booked(r, d.day)}
        style={{ width: 72 }}
        onChange={(v) => change(ri, { hours: r.hours.map((h, j) => (j === i ? (v ?? 0) : h)) })}
      />
    ),
  }));

  return (
    <Table<WeekRow>
      rowKey={(_, i) => String(i)}
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: true }}
      expandable={{
        expandedRowRender: (r, ri) => (
          <Space wrap>
            {week.days.map((d, i) => (
              <Input
                key={d.day}
                size="small"
                aria-label={t('time.noteCell', { row: ri + 1, day: d.day })}
                placeholder={`${dayjs(d.day).format('ddd')} ${t('time.note')}`}
                value={r.notes[i] ?? ''}
                disabled={locked(r)}
                style={{ width: 150 }}
                onChange={(e) =>
                  change(ri, {
                    notes: r.notes.map((n, j) => (j === i ? e.target.value || null : n)),
                  })
                }
              />
            ))}
          </Space>
        ),
      }}
      columns={[
        {
          title: t('time.project'),
          key: 'project',
          render: (_, r, ri) => {
            const p = projectOf(r.projectId);
            const status = sheetOf(r.projectId)?.status;
            return (
              <Space direction="vertical" size={2}>
                {locked(r) ? (
                  <Typography.Text>{p ? `${p.number} ${p.name}` : r.projectId}</Typography.Text>
                ) : (
                  <Select
                    size="small"
                    aria-label={t('time.projectOfRow', { row: ri + 1 })}
                    value={r.projectId || undefined}
                    style={{ width: 240 }}
                    options={bookable.map((b) => ({ value: b.id, label: `${b.number} ${b.name}` }))}
                    onChange={(projectId) =>
                      change(ri, {
                        projectId,
                        taskId: null,
                        billable: projectOf(projectId)?.billable ?? false,
                      })
                    }
                  />
                )}
                {status && <Tag color={statusColor[status]}>{t(`time.status.${status}`)}</Tag>}
              </Space>
            );
          },
        },
        {
          title: t('time.task'),
          key: 'task',
          render: (_, r, ri) => (
            <Select
              size="small"
              allowClear
              aria-label={t('time.taskOfRow', { row: ri + 1 })}
              value={r.taskId ?? undefined}
              disabled={locked(r) || !r.projectId}
              style={{ width: 180 }}
              options={(projectOf(r.projectId)?.tasks ?? []).map((x) => ({
                value: x.id,
                label: x.name,
              }))}
              onChange={(taskId) => change(ri, { taskId: taskId ?? null })}
            />
          ),
        },
        {
          title: t('time.billable'),
          key: 'billable',
          render: (_, r, ri) => (
            <Checkbox
              aria-label={t('time.billableOfRow', { row: ri + 1 })}
              checked={r.billable}
              disabled={locked(r) || !projectOf(r.projectId)?.billable}
              onChange={(e) => change(ri, { billable: e.target.checked })}
            />
          ),
        },
        ...dayColumns,
        {
          title: t('time.total'),
          key: 'total',
          align: 'right',
          render: (_, r) => <strong>{total(r.hours)}</strong>,
        },
        {
          key: 'remove',
          render: (_, r, ri) =>
            !locked(r) && (
              <Button
                size="small"
                type="text"
                aria-label={t('common.delete')}
                icon={<DeleteOutlined />}
                onClick={() => onChange(rows.filter((_, j) => j !== ri))}
              />
            ),
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={4}>
            {t('time.dayTotal')}
          </Table.Summary.Cell>
          {week.days.map((d, i) => (
            <Table.Summary.Cell key={d.day} index={i + 4} align="right">
              {total(rows.map((r) => r.hours[i] ?? 0))}
            </Table.Summary.Cell>
          ))}
          <Table.Summary.Cell index={11} align="right">
            <strong data-testid="week-total">{total(rows.flatMap((r) => r.hours))}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={12} />
        </Table.Summary.Row>
      )}
    />
  );
}
