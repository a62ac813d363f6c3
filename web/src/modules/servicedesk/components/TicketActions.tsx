import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ReasonButton } from '../../../components/ReasonButton';
import { useMe } from '../../auth/api';
import {
  type Ticket,
  type TicketMove,
  useChangeTicket,
  useMoveTicket,
  waitingCodes,
  waitingParties,
} from '../api';
import { GroupSelect } from './GroupSelect';
import { LogWorkButton } from './LogWorkButton';
import { ParentSelect } from './ParentSelect';

type Wait = Pick<TicketMove, 'waitingOn' | 'waitingCode' | 'reason' | 'message'>;

/**
 * Asks on whom a ticket waits, the reason code, what is awaited and, optionally, the message
 * that asks them (posted for them to read, kept as the pause's evidence), then moves it.
 */
function WaitButton({
  parties,
  onWait,
}: {
  parties: NonNullable<Ticket['waitingOn']>[];
  onWait: (v: Wait) => Promise<unknown>;
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
          onFinish={async (v: Wait) => {
            await onWait({ ...v, message: v.message || undefined });
            setOpen(false);
            form.resetFields();
          }}
        >
          <Form.Item name="waitingOn" label={t('ticket.waitingOn')} rules={[{ required: true }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={parties.map((p) => ({ value: p, label: t(`ticket.parties.${p}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="waitingCode"
            label={t('ticket.waitingCode')}
            rules={[{ required: true }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={waitingCodes.map((c) => ({
                value: c,
                label: t(`ticket.waitingCodes.${c}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('ticket.waitingReason')}
            rules={[{ required: true, max: 2000 }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item
            name="message"
            label={t('ticket.waitMessage')}
            extra={t('ticket.waitMessageHint')}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/**
 * The actions a ticket's status allows the reader, each on the version shown. The desk does
 * everything; a client's portal user confirms or turns down a resolution; a supplier's team
 * works the ticket routed to it.
 */
export function TicketActions({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const me = useMe();
  const move = useMoveTicket();
  const change = useChangeTicket();
  const to = (status: Ticket['status'], extra: object = {}) =>
    move.mutateAsync({ id: ticket.id, version: ticket.version, status, ...extra });
  const s = ticket.status;
  const party = me.data?.party?.type ?? null;
  const myId = me.data?.user.id;
  const working = party !== 'client';
  const reopen = (
    <ReasonButton
      label={t(party === 'client' ? 'ticket.reject' : 'ticket.reopen')}
      title={t('ticket.reopenTitle')}
      onConfirm={(reason) => to('in_progress', { reason })}
    />
  );
  return (
    <Space wrap>
      {!party && s !== 'closed' && (
        <GroupSelect
          size="small"
          style={{ width: 200 }}
          aria-label={t('ticket.group')}
          placeholder={t('ticket.routeTo')}
          value={ticket.group?.id}
          onChange={(groupId: string | undefined) =>
            change.mutate({ id: ticket.id, version: ticket.version, groupId: groupId ?? null })
          }
        />
      )}
      {!party &&
        !ticket.assignee &&
        ticket.group?.kind !== 'supplier' &&
        s !== 'closed' &&
        myId && (
          <Button
            size="small"
            onClick={() =>
              change.mutate({ id: ticket.id, version: ticket.version, assigneeId: myId })
            }
          >
            {t('ticket.assignToMe')}
          </Button>
        )}
      {working && ['new', 'assigned'].includes(s) && (
        <Button size="small" type="primary" onClick={() => to('in_progress')}>
          {t('ticket.start')}
        </Button>
      )}
      {working && s === 'waiting' && (
        <Button size="small" type="primary" onClick={() => to('in_progress')}>
          {t('ticket.resume')}
        </Button>
      )}
      {working && ['new', 'assigned', 'in_progress'].includes(s) && (
        <WaitButton
          parties={waitingParties.filter((p) => p !== party)}
          onWait={(v) => to('waiting', v)}
        />
      )}
      {working && !['resolved', 'closed'].includes(s) && (
        <ReasonButton
          label={t('ticket.resolve')}
          title={t('ticket.resolveTitle')}
          field={t('ticket.resolution')}
          onConfirm={(resolution) => to('resolved', { resolution })}
        />
      )}
      {s === 'resolved' && party !== 'supplier' && (
        <>
          <Button size="small" type="primary" onClick={() => to('closed')}>
            {t(party === 'client' ? 'ticket.confirm' : 'ticket.close')}
          </Button>
          {reopen}
        </>
      )}
      {!party && s !== 'closed' && <LogWorkButton ticket={ticket} />}
      {!party && !['resolved', 'closed'].includes(s) && (
        <Button
          size="small"
          danger={!ticket.major}
          onClick={() =>
            change.mutate({ id: ticket.id, version: ticket.version, major: !ticket.major })
          }
        >
          {t(ticket.major ? 'ticket.standDown' : 'ticket.declareMajor')}
        </Button>
      )}
      {!party && !ticket.children.length && !['resolved', 'closed'].includes(s) && (
        <ParentSelect
          ticket={ticket}
          onChange={(parentId) =>
            change.mutate({ id: ticket.id, version: ticket.version, parentId })
          }
        />
      )}
      <ProblemAlert error={move.error ?? change.error} />
    </Space>
  );
}
