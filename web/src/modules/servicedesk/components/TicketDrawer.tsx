import { Descriptions, Drawer, Space, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import { DocumentsCard } from '../../documents/DocumentsCard';
import { priorityColor, type Ticket, ticketStatusColor, useTicket } from '../api';
import { SlaClocks } from './SlaClocks';
import { TicketActions } from './TicketActions';
import { TicketConversation } from './TicketConversation';

/** One entry of the ticket's log, in words. */
function EventLine({ e }: { e: Ticket['events'][number] }) {
  const { t } = useTranslation();
  const what =
    e.kind === 'created'
      ? t('ticket.event.created')
      : e.kind === 'status'
        ? t('ticket.event.status', {
            from: t(`ticket.statuses.${e.statusFrom}`),
            to: t(`ticket.statuses.${e.statusTo}`),
          })
        : e.kind === 'priority'
          ? t('ticket.event.priority', { priority: t(`ticket.priorities.${e.priority}`) })
          : e.kind === 'group'
            ? t('ticket.event.group', { name: e.group?.name ?? '—' })
            : e.kind === 'work'
              ? t('ticket.event.work')
              : e.kind === 'major'
                ? t('ticket.event.major')
                : e.kind === 'parent'
                  ? t('ticket.event.parent')
                  : e.assignee
                    ? t('ticket.event.assignee', { name: e.assignee.name })
                    : t('ticket.event.unassigned');
  return (
    <>
      <DateTime value={e.at} /> · {what}
      {e.waitingOn && ` · ${t(`ticket.parties.${e.waitingOn}`)}`}
      {e.waitingCode && ` · ${t(`ticket.waitingCodes.${e.waitingCode}`)}`}
      {e.reason && ` · ${e.reason}`}
      {e.actor && ` · ${e.actor.name}`}
    </>
  );
}

/**
 * A ticket: what it is about, where it stands, its clocks, its conversation and everything
 * that happened to it, as the reader may see them.
 */
export function TicketDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useHasPermission();
  const party = useMe().data?.party ?? null;
  const ticket = useTicket(id);
  const tk = ticket.data;
  return (
    <Drawer open size="large" onClose={onClose} title={tk ? `${tk.number} · ${tk.title}` : ''}>
      <ProblemAlert error={ticket.error} />
      {tk && (
        <>
          <Space style={{ marginBottom: 12 }} wrap>
            <Tag color={priorityColor[tk.priority]}>{t(`ticket.priorities.${tk.priority}`)}</Tag>
            <Tag color={ticketStatusColor[tk.status]}>{t(`ticket.statuses.${tk.status}`)}</Tag>
            <Tag>{t(`ticket.types.${tk.type}`)}</Tag>
            {tk.major && <Tag color="red">{t('ticket.major')}</Tag>}
          </Space>
          {can('tickets:write') && <TicketActions ticket={tk} />}
          <Descriptions size="small" column={2} style={{ margin: '16px 0' }}>
            <Descriptions.Item label={t('ticket.client')}>
              {tk.client?.name ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('ticket.contract')}>
              {tk.contract?.number ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('ticket.requester')}>
              {tk.requester?.name ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('ticket.category')}>{tk.category ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('ticket.impact')}>
              {t(`ticket.levels.${tk.impact}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('ticket.urgency')}>
              {t(`ticket.levels.${tk.urgency}`)}
            </Descriptions.Item>
            {tk.group && (
              <Descriptions.Item label={t('ticket.group')}>
                {tk.group.name}
                {tk.group.kind === 'supplier' && ` (${t('ticketGroup.kinds.supplier')})`}
              </Descriptions.Item>
            )}
            {tk.parent && (
              <Descriptions.Item label={t('ticket.parent')}>
                <Link to={`/tickets?ticket=${tk.parent.id}`}>{tk.parent.number}</Link>
              </Descriptions.Item>
            )}
            {tk.children.length > 0 && (
              <Descriptions.Item label={t('ticket.children')} span={2}>
                <Space wrap>
                  {tk.children.map((c) => (
                    <Link key={c.id} to={`/tickets?ticket=${c.id}`}>
                      {c.number} ({t(`ticket.statuses.${c.status}`)})
                    </Link>
                  ))}
                </Space>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('ticket.channel')}>
              {t(`ticket.channels.${tk.channel}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('ticket.assignee')}>
              {tk.assignee?.name ?? t('ticket.unassigned')}
            </Descriptions.Item>
            <Descriptions.Item label={t('ticket.created')}>
              <DateTime value={tk.createdAt} />
            </Descriptions.Item>
            {tk.waitingOn && (
              <Descriptions.Item label={t('ticket.waitingOn')} span={2}>
                {t(`ticket.parties.${tk.waitingOn}`)}
                {tk.waitingCode && ` · ${t(`ticket.waitingCodes.${tk.waitingCode}`)}`}:{' '}
                {tk.waitingReason}
              </Descriptions.Item>
            )}
            {tk.resolution && (
              <Descriptions.Item label={t('ticket.resolution')} span={2}>
                {tk.resolution}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('ticket.description')} span={2}>
              <span style={{ whiteSpace: 'pre-wrap' }}>{tk.description || '—'}</span>
            </Descriptions.Item>
          </Descriptions>
          <SlaClocks slas={tk.slas} />
          <TicketConversation ticket={tk} />
          <DocumentsCard
            basePath={`/api/v1/tickets/${tk.id}`}
            categories={party ? ['shared'] : ['shared', 'internal']}
            canWrite={can('tickets:write') && tk.status !== 'closed'}
            title={t('document.files')}
          />
          <h4>{t('ticket.log')}</h4>
          <Timeline items={tk.events.map((e, i) => ({ key: i, children: <EventLine e={e} /> }))} />
        </>
      )}
    </Drawer>
  );
}
