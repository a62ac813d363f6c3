import { Alert, Button, Card, DatePicker, Form, Input, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { LoadMore } from '../../../components/LoadMore';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { MemberSelect } from '../../members/components/MemberSelect';
import { type AuditFilter, exportUrl, useAuditLog, useVerifyAudit } from '../api';

type FilterForm = {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  range?: [Dayjs, Dayjs] | null;
};

export default function AuditLogPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>({});
  const log = useAuditLog(filter);
  const verify = useVerifyAudit();
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];

  const apply = (v: FilterForm) =>
    setFilter({
      actorId: v.actorId || undefined,
      entityType: v.entityType || undefined,
      entityId: v.entityId || undefined,
      action: v.action || undefined,
      from: v.range?.[0]?.startOf('day').toISOString(),
      to: v.range?.[1]?.endOf('day').toISOString(),
    });

  return (
    <Card
      title={t('nav.audit')}
      extra={
        <Space>
          <Button href={exportUrl(filter)}>{t('audit.export')}</Button>
          <Button onClick={() => verify.mutate()} loading={verify.isPending}>
            {t('audit.verify')}
          </Button>
        </Space>
      }
    >
      {verify.data && (
        <Alert
          style={{ marginBottom: 12 }}
          type={verify.data.ok ? 'success' : 'error'}
          showIcon
          title={
            verify.data.ok
              ? t('audit.intact', { count: verify.data.entries })
              : t('audit.broken', { seq: verify.data.brokenAt?.seq })
          }
        />
      )}
      <Form layout="inline" onFinish={apply} style={{ marginBottom: 12, rowGap: 8 }}>
        <Form.Item name="actorId">
          <MemberSelect everyone style={{ width: 200 }} placeholder={t('audit.actor')} />
        </Form.Item>
        <Form.Item name="action">
          <Input placeholder={t('audit.action')} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="entityType">
          <Input placeholder={t('audit.entityType')} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="entityId">
          <Input placeholder={t('audit.entityId')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="range">
          <DatePicker.RangePicker />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {t('common.filter')}
        </Button>
      </Form>
      <ProblemAlert error={log.error} />
      <Table
        rowKey="id"
        size="small"
        loading={log.isFetching}
        dataSource={rows}
        pagination={false}
        expandable={{
          rowExpandable: (r) => Boolean(r.changes),
          expandedRowRender: (r) => (
            <Typography.Text code>{JSON.stringify(r.changes, null, 2)}</Typography.Text>
          ),
        }}
        columns={[
          {
            title: t('audit.time'),
            dataIndex: 'at',
            width: 180,
            render: (v: string) => <DateTime value={v} />,
          },
          {
            title: t('audit.actor'),
            render: (_, r) => r.actorLabel ?? t(`audit.actorType.${r.actorType}`),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            render: (v: string) => t(`auditAction.${v}`, { defaultValue: v }),
          },
          {
            title: t('audit.entityType'),
            dataIndex: 'entityType',
            render: (v: string | null) => (v ? t(`entity.${v}`, { defaultValue: v }) : '—'),
          },
          { title: t('audit.entityId'), dataIndex: 'entityId', ellipsis: true },
          { title: 'IP', dataIndex: 'ip', width: 120 },
        ]}
      />
      <LoadMore pages={log} />
    </Card>
  );
}
