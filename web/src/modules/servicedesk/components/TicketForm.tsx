import { Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useClients, useContacts } from '../../clients/api';
import { useContracts } from '../../contracts/api';
import { MemberSelect } from '../../members/components/MemberSelect';
import { ticketLevels, ticketTypes, useOpenTicket } from '../api';

type Values = {
  type: (typeof ticketTypes)[number];
  title: string;
  description?: string;
  clientId?: string;
  contractId?: string;
  requesterContactId?: string;
  category?: string;
  impact: (typeof ticketLevels)[number];
  urgency: (typeof ticketLevels)[number];
  assigneeId?: string;
};

/** The client's contracts and contacts, once a client is chosen. */
function ClientFields({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const contracts = useContracts({ partyType: 'client', clientId, limit: 200 });
  const contacts = useContacts(clientId);
  return (
    <>
      <Form.Item name="contractId" label={t('ticket.contract')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={(contracts.data?.items ?? []).map((c) => ({
            value: c.id,
            label: `${c.number} ${c.title}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="requesterContactId" label={t('ticket.requester')}>
        <Select
          allowClear
          options={(contacts.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
    </>
  );
}

/** Opens a ticket for a client, under one of its contracts, with who asked and who works it. */
export function TicketForm({
  onClose,
  onOpened,
}: {
  onClose: () => void;
  onOpened: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const clientId = Form.useWatch('clientId', form) as string | undefined;
  const clients = useClients({ limit: 200 });
  const open = useOpenTicket();
  const levels = ticketLevels.map((l) => ({ value: l, label: t(`ticket.levels.${l}`) }));
  return (
    <FormDialog
      title={t('ticket.new')}
      form={form}
      pending={open.isPending}
      error={open.error}
      onClose={onClose}
      onFinish={(v: Values) =>
        open
          .mutateAsync({
            type: v.type,
            title: v.title,
            description: v.description ?? '',
            clientId: v.clientId ?? null,
            contractId: v.contractId ?? null,
            requesterContactId: v.requesterContactId ?? null,
            category: v.category || null,
            impact: v.impact,
            urgency: v.urgency,
            assigneeId: v.assigneeId ?? null,
          })
          .then((ticket) => onOpened(ticket.id))
      }
    >
      <Form.Item name="type" label={t('ticket.type')} initialValue="incident">
        <Select
          showSearch
          optionFilterProp="label"
          options={ticketTypes.map((v) => ({ value: v, label: t(`ticket.types.${v}`) }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('ticket.subject')} rules={[{ required: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t('ticket.description')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item name="clientId" label={t('ticket.client')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          onChange={() =>
            form.setFieldsValue({ contractId: undefined, requesterContactId: undefined })
          }
          options={(clients.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
      {clientId && <ClientFields clientId={clientId} />}
      <Form.Item name="category" label={t('ticket.category')}>
        <Input />
      </Form.Item>
      <Space>
        <Form.Item name="impact" label={t('ticket.impact')} initialValue="medium">
          <Select showSearch optionFilterProp="label" style={{ width: 140 }} options={levels} />
        </Form.Item>
        <Form.Item name="urgency" label={t('ticket.urgency')} initialValue="medium">
          <Select showSearch optionFilterProp="label" style={{ width: 140 }} options={levels} />
        </Form.Item>
      </Space>
      <Form.Item name="assigneeId" label={t('ticket.assignee')}>
        <MemberSelect />
      </Form.Item>
    </FormDialog>
  );
}
