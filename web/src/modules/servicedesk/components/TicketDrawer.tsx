import {
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Tag,
  Timeline,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ReasonButton } from '../../../components/ReasonButton';
import { useHasPermission, useMe } from '../../auth/api';
import {
  priorityColor,
  type Ticket,
  ticketStatusColor,
  useChangeTicket,
  useMoveTicket,
  useTicket,
  waitingParties,
} from '../api';
import { SlaClocks } from './SlaClocks';

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
          : e.assignee
            ? t('ticket.event.assignee', { name: e.assignee.name })
            : t('ticket.event.unassigned');
  return (
    <>
      <DateTime value={e.at} /> · {what}
      {e.waitingOn && ` · ${t(`ticket.parties.${e.waitingOn}`)}`}
      {e.reason && ` · ${e.reason}`}
      {e.actor && ` · ${e.actor.name}`}
    </>
  );
}

/** Asks on whom a ticket waits and for what, then moves it to waiting. */
function WaitButton({
  onWait,
}: {
  onWait: (v: { waitingOn: Ticket['waitingOn']; reason: string }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('ticket.wait')}
      </Button>
      <Modal
        open={open}
        title={t('ticket.waitTitle')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v) => {
            await onWait(v);
            setOpen(false);
            form.resetFields();
          }}
        >
          <Form.Item name="waitingOn" label={t('ticket.waitingOn')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={waitingParties.map((p) => ({ value: p, label: t(`ticket.parties.${p}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('ticket.waitingReason')}
            rules={[{ required: true, max: 2000 }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** The actions a ticket's status allows, each on the version shown. */
function Actions({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const me = useMe();
  const move = useMoveTicket();
  const change = useChangeTicket();
  const to = (status: Ticket['status'], extra: object = {}) =>
    move.mutateAsync({ id: ticket.id, version: ticket.version, status, ...extra });
  const s = ticket.status;
  const myId = me.data?.user.id;
  return (
    <Space wrap>
      {!ticket.assignee && s !== 'closed' && myId && (
        <Button
          size="small"
          onClick={() =>
            change.mutate({ id: ticket.id, version: ticket.version, assigneeId: myId })
          }
        >
          {t('ticket.assignToMe')}
        </Button>
      )}
      {['new', 'assigned'].includes(s) && (
        <Button size="small" type="primary" onClick={() => to('in_progress')}>
          {t('ticket.start')}
        </Button>
      )}
      {s === 'waiting' && (
        <Button size="small" type="primary" onClick={() => to('in_progress')}>
          {t('ticket.resume')}
        </Button>
      )}
      {['new', 'assigned', 'in_progress'].includes(s) && (
        <WaitButton onWait={(v) => to('waiting', v)} />
      )}
      {!['resolved', 'closed'].includes(s) && (
        <ReasonButton
          label={t('ticket.resolve')}
          title={t('ticket.resolveTitle')}
          field={t('ticket.resolution')}
          onConfirm={(resolution) => to('resolved', { resolution })}
        />
      )}
      {s === 'resolved' && (
        <>
          <Button size="small" type="primary" onClick={() => to('closed')}>
            {t('ticket.close')}
          </Button>
          <ReasonButton
            label={t('ticket.reopen')}
            title={t('ticket.reopenTitle')}
            onConfirm={(reason) => to('in_progress', { reason })}
          />
        </>
      )}
      <ProblemAlert error={move.error ?? change.error} />
    </Space>
  );
}

/** A ticket: what it is about, where it stands, and everything that happened to it. */
export function TicketDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const can = useHasPermission();
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
          </Space>
          {can('tickets:write') && <Actions ticket={tk} />}
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
            <Descriptions.Item label={t('ticket.assignee')}>
              {tk.assignee?.name ?? t('ticket.unassigned')}
            </Descriptions.Item>
            <Descriptions.Item label={t('ticket.created')}>
              <DateTime value={tk.createdAt} />
            </Descriptions.Item>
            {tk.waitingOn && (
              <Descriptions.Item label={t('ticket.waitingOn')} span={2}>
                {t(`ticket.parties.${tk.waitingOn}`)}: {tk.waitingReason}
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
          <h4>{t('ticket.log')}</h4>
          <Timeline items={tk.events.map((e, i) => ({ key: i, children: <EventLine e={e} /> }))} />
        </>
      )}
    </Drawer>
  );
}
