import { Button, Card, Progress, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import { hoursOf, type InboxItem, useInbox } from '../api';
import { SheetDrawer } from '../components/SheetDrawer';
import { SheetList } from '../components/SheetList';

/** How much of a contract's limit is used, red from the warning line on. */
function CapGauge({ cap }: { cap: NonNullable<InboxItem['cap']> }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={0}>
      <Progress
        percent={Math.min(100, cap.percentUsed)}
        size="small"
        status={cap.percentUsed >= 80 ? 'exception' : 'normal'}
        style={{ width: 120 }}
      />
      <Typography.Text type="secondary">{t(`time.capKind.${cap.kind}`)}</Typography.Text>
    </Space>
  );
}

/** Weeks waiting for the signed-in approver: a supplier's workers', or a manager's projects'. */
function Inbox() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <ProblemAlert error={inbox.error} />
      <Table<InboxItem>
        rowKey="id"
        size="small"
        loading={inbox.isFetching}
        dataSource={inbox.data}
        pagination={false}
        locale={{ emptyText: t('time.nothingWaiting') }}
        columns={[
          { title: t('time.person'), key: 'person', render: (_, s) => s.person.name },
          {
            title: t('time.project'),
            key: 'project',
            render: (_, s) => `${s.project.number} ${s.project.name}`,
          },
          { title: t('time.week'), dataIndex: 'weekStart' },
          {
            title: t('time.hours'),
            key: 'hours',
            align: 'right',
            render: (_, s) => hoursOf(s.minutes),
          },
          {
            title: t('time.billableHours'),
            key: 'billable',
            align: 'right',
            render: (_, s) => hoursOf(s.billableMinutes),
          },
          {
            title: t('time.stageLabel'),
            key: 'stage',
            render: (_, s) => <Tag>{t(`time.stage.${s.stage}`)}</Tag>,
          },
          {
            title: t('time.cap'),
            key: 'cap',
            render: (_, s) => (s.cap ? <CapGauge cap={s.cap} /> : '—'),
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
      <SheetDrawer id={open} mayDecide mayReverse={false} onClose={() => setOpen(null)} />
    </>
  );
}

/**
 * The approver's inbox and, for those who read timesheets, every week they may see: a
 * supplier portal user their own workers', whatever the status.
 */
export default function ApprovalsPage() {
  const { t } = useTranslation();
  const can = useHasPermission();
  const internal = useMe().data?.party === null;
  return (
    <Card title={t('time.approvals')}>
      <Tabs
        items={[
          { key: 'inbox', label: t('time.waitingTab'), children: <Inbox /> },
          ...(can('time:read')
            ? [
                {
                  key: 'all',
                  label: t('time.allWeeks'),
                  children: (
                    <SheetList
                      canDecide={can('time:approve')}
                      canReverse={internal && can('time:approve')}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
