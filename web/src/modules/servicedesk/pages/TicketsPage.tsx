import { Button, Card, Checkbox, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { LoadMore } from '../../../components/LoadMore';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import {
  priorityColor,
  type TicketFilter,
  type TicketSummary,
  ticketPriorities,
  ticketStatusColor,
  useTickets,
} from '../api';
import { GroupSelect } from '../components/GroupSelect';
import { TicketDrawer } from '../components/TicketDrawer';
import { TicketForm } from '../components/TicketForm';

/**
 * The service desk's tickets (工单), open ones first, with their log; the caller's queue by due
 * time. A client's portal user sees and raises their own; a supplier's team sees those routed
 * to it.
 */
export default function TicketsPage() {
  const { t } = useTranslation();
  const can = useHasPermission();
  const party = useMe().data?.party?.type ?? null;
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
        <Space>
          {!party && can('tickets:read') && (
            <>
              <Link to="/tickets/satisfaction">{t('nav.ticketSatisfaction')}</Link>
              <Link to="/tickets/groups">{t('nav.ticketGroups')}</Link>
            </>
          )}
          {can('tickets:write') && party !== 'supplier' && (
            <Button type="primary" onClick={() => setOpening(true)}>
              {t('ticket.new')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {t(party ? `ticket.portalHint.${party}` : 'ticket.hint')}
      </Typography.Paragraph>
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
        {!party && (
          <>
            <GroupSelect
              style={{ width: 180 }}
              placeholder={t('ticket.group')}
              aria-label={t('ticket.group')}
              onChange={(groupId: string | undefined) => setFilter((f) => ({ ...f, groupId }))}
            />
            <Checkbox
              checked={filter.mine === 'true'}
              onChange={(e) =>
                setFilter((f) =>
                  e.target.checked
                    ? { ...f, mine: 'true', sort: 'dueAt' }
                    : { ...f, mine: undefined, sort: undefined },
                )
              }
            >
              {t('ticket.myQueue')}
            </Checkbox>
          </>
        )}
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
          ...(party
            ? []
            : [
                {
                  title: t('ticket.group'),
                  render: (_: unknown, r: TicketSummary) => r.group?.name ?? '—',
                },
                {
                  title: t('ticket.assignee'),
                  render: (_: unknown, r: TicketSummary) =>
                    r.assignee?.name ?? t('ticket.unassigned'),
                },
                {
                  title: t('ticket.slaDue'),
                  dataIndex: 'dueAt',
                  render: (v: string | null) => (v ? <DateTime value={v} /> : '—'),
                },
              ]),
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
