import { Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportButton } from '../../../components/ExportButton';
import { sortFrom, useListFilter } from '../../../components/list';
import { localName } from '../../../components/local-name';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { FilterSelect, ListFilters } from '../../views/ListFilters';
import { type RequestFilter, requestStatuses, type StaffingRequest, useRequests } from '../api';
import { BenchCard } from '../components/BenchCard';
import { RequestForm } from '../components/RequestForm';

export const requestStatusColor = { open: 'blue', filled: 'green', cancelled: 'default' } as const;

/** Staffing requests to fill, and who is free to fill them. */
export default function StaffingPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useHasPermission()('staffing:write');
  const list = useListFilter<RequestFilter>({ status: 'open' });
  const { filter, set, next } = list;
  const [creating, setCreating] = useState(false);
  const requests = useRequests(filter);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card
        title={t('nav.staffing')}
        extra={
          <Space>
            <ExportButton path="/api/v1/staffing/requests/export" filter={filter} />
            <Button onClick={() => navigate('/staffing/utilization')}>
              {t('staffing.utilization')}
            </Button>
            {canWrite && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('staffing.new')}
              </Button>
            )}
          </Space>
        }
      >
        <ListFilters list="staffing" state={list} searchPlaceholder={t('staffing.search')}>
          <FilterSelect
            label={t('client.statusLabel')}
            values={requestStatuses}
            name={(s) => t(`staffing.status.${s}`)}
            value={filter.status}
            onChange={(status) => set({ status })}
            width={140}
          />
        </ListFilters>
        <ProblemAlert error={requests.error} />
        <Table<StaffingRequest>
          rowKey="id"
          loading={requests.isFetching}
          dataSource={requests.data?.items}
          pagination={false}
          onChange={(_p, _f, sorter) => set({ sort: sortFrom(sorter) as RequestFilter['sort'] })}
          columns={[
            {
              title: t('client.number'),
              dataIndex: 'number',
              key: 'number',
              sorter: true,
              width: 110,
            },
            {
              title: t('position.position'),
              key: 'position',
              render: (_, r) => (
                <Link to={`/staffing/requests/${r.id}`}>
                  {localName(r.position, i18n.language)}
                </Link>
              ),
            },
            {
              title: t('staffing.skills'),
              key: 'skills',
              render: (_, r) => (
                <Space size={2} wrap>
                  {r.skills.map((s) => (
                    <Tag key={s.skillId}>{localName(s, i18n.language)}</Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: t('staffing.window'),
              dataIndex: 'startDate',
              key: 'startDate',
              sorter: true,
              render: (_, r) => `${r.startDate} – ${r.endDate}`,
            },
            {
              title: t('staffing.filled'),
              key: 'filled',
              render: (_, r) => `${r.filled} / ${r.headcount}`,
            },
            {
              title: t('client.statusLabel'),
              dataIndex: 'status',
              render: (s: StaffingRequest['status']) => (
                <Tag color={requestStatusColor[s]}>{t(`staffing.status.${s}`)}</Tag>
              ),
            },
          ]}
        />
        {requests.data?.nextCursor && (
          <Button style={{ marginTop: 12 }} onClick={() => next(requests.data?.nextCursor)}>
            {t('common.nextPage')}
          </Button>
        )}
      </Card>
      <BenchCard />
      {creating && (
        <RequestForm
          request={null}
          onClose={() => setCreating(false)}
          onSaved={(r) => navigate(`/staffing/requests/${r.id}`)}
        />
      )}
    </Space>
  );
}
