import { Button, Card, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { LoadMore } from '../../../components/LoadMore';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import {
  priorityColor,
  type TicketFilter,
  type TicketSummary,
  ticketPriorities,
  ticketStatusColor,
  useTickets,
} from '../api';
import { TicketDrawer } from '../components/TicketDrawer';
import { TicketForm } from '../components/TicketForm';

/** The service desk's tickets (工单): open ones first, by priority, with their log. */
export default function TicketsPage() {
  const { t } = useTranslation();
  const can = useHasPermission();
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState<TicketFilter>({ open: 'true' });
  const [opening, setOpening] = useState(false);
  const tickets = useTickets(filter);
  const open = params.get('ticket');
  const setOpen = (id: string | null) => setParams(id ? { ticket: id } : {});
  const rows = tickets.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card
      title={t('nav.tickets')}
      extra={
        can('tickets:write') && (
          <Button type="primary" onClick={() => setOpening(true)}>
            {t('ticket.new')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('ticket.hint')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <Input.Search
          allowClear
          placeholder={t('ticket.search')}
          aria-label={t('ticket.search')}
          onSearch={(q) => setFilter((f) => ({ ...f, q: q || undefined }))}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('ticket.priority')}
          aria-label={t('ticket.priority')}
          onChange={(priority) => setFilter((f) => ({ ...f, priority }))}
          options={ticketPriorities.map((p) => ({ value: p, label: t(`ticket.priorities.${p}`) }))}
        />
        <Checkbox
          checked={filter.open === 'true'}
          onChange={(e) =>
            setFilter((f) => ({ ...f, open: e.target.checked ? 'true' : undefined }))
          }
        >
          {t('ticket.open')}
        </Checkbox>
      </Space>
      <ProblemAlert error={tickets.error} />
      <Table<TicketSummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={tickets.isFetching}
        dataSource={rows}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('ticket.number'), dataIndex: 'number' },
          {
            title: t('ticket.priority'),
            dataIndex: 'priority',
            render: (p: TicketSummary['priority']) => (
              <Tag color={priorityColor[p]}>{t(`ticket.priorities.${p}`)}</Tag>
            ),
          },
          { title: t('ticket.subject'), dataIndex: 'title' },
          { title: t('ticket.client'), render: (_, r) => r.client?.name ?? '—' },
          {
            title: t('ticket.status'),
            render: (_, r) => (
              <Tag color={ticketStatusColor[r.status]}>
                {t(`ticket.statuses.${r.status}`)}
                {r.waitingOn && ` · ${t(`ticket.parties.${r.waitingOn}`)}`}
              </Tag>
            ),
          },
          {
            title: t('ticket.assignee'),
            render: (_, r) => r.assignee?.name ?? t('ticket.unassigned'),
          },
          {
            title: t('ticket.created'),
            dataIndex: 'createdAt',
            render: (v: string) => <DateTime value={v} />,
          },
        ]}
      />
      <LoadMore pages={tickets} />
      {open && <TicketDrawer id={open} onClose={() => setOpen(null)} />}
      {opening && <TicketForm onClose={() => setOpening(false)} onOpened={setOpen} />}
    </Card>
  );
}
