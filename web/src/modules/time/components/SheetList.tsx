import { Button, DatePicker, Select, Space, Table, Tag } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { hoursOf, statusColor, type TimesheetStatus, useTimesheets } from '../api';
import { SheetDrawer } from './SheetDrawer';

const statuses: TimesheetStatus[] = [
  'draft',
  'submitted',
  'supplier_approved',
  'approved',
  'rejected',
];

/**
 * Weeks people logged, newest first, by status and week, each openable: one project's, or
 * every week the caller may see (a supplier portal user: their own workers').
 */
export function SheetList({
  projectId,
  canDecide,
  canReverse,
}: {
  projectId?: string;
  canDecide: boolean;
  /** Reopening an approved week is the project side's: never a supplier's. */
  canReverse: boolean;
}) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TimesheetStatus | undefined>();
  const [week, setWeek] = useState<dayjs.Dayjs | null>(null);
  // Weeks start on Monday, whichever day of it was picked.
  const monday = week?.subtract((week.day() + 6) % 7, 'day').format('YYYY-MM-DD');
  const sheets = useTimesheets({
    ...(projectId ? { projectId } : {}),
    ...(status ? { status } : {}),
    ...(monday ? { week: monday } : {}),
  });
  const rows = sheets.data?.pages.flatMap((p) => p.items) ?? [];
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select<TimesheetStatus>
          allowClear
          size="small"
          placeholder={t('time.statusLabel')}
          aria-label={t('time.statusLabel')}
          style={{ width: 200 }}
          value={status}
          onChange={setStatus}
          options={statuses.map((s) => ({ value: s, label: t(`time.status.${s}`) }))}
        />
        <DatePicker
          picker="week"
          size="small"
          placeholder={t('time.week')}
          aria-label={t('time.week')}
          value={week}
          onChange={setWeek}
        />
      </Space>
      <ProblemAlert error={sheets.error} />
      <Table
        rowKey="id"
        size="small"
        loading={sheets.isFetching}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        dataSource={rows}
        columns={[
          { title: t('time.person'), key: 'person', render: (_, s) => s.person.name },
          ...(projectId
            ? []
            : [
                {
                  title: t('time.project'),
                  key: 'project',
                  render: (_: unknown, s: (typeof rows)[number]) =>
                    `${s.project.number} ${s.project.name}`,
                },
              ]),
          { title: t('time.week'), dataIndex: 'weekStart' },
          {
            title: t('time.hours'),
            key: 'hours',
            align: 'right',
            render: (_, s) => hoursOf(s.minutes),
          },
          {
            title: t('time.statusLabel'),
            key: 'status',
            render: (_, s) => (
              <Tag color={statusColor[s.status]}>{t(`time.status.${s.status}`)}</Tag>
            ),
          },
          {
            key: 'open',
            render: (_, s) => (
              <Button size="small" onClick={() => setOpen(s.id)}>
                {t('time.review')}
              </Button>
            ),
          },
        ]}
      />
      {sheets.hasNextPage && (
        <Button onClick={() => sheets.fetchNextPage()} loading={sheets.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
      <SheetDrawer
        id={open}
        mayDecide={canDecide}
        mayReverse={canReverse}
        onClose={() => setOpen(null)}
      />
    </Space>
  );
}
