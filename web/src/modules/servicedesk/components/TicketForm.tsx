import { Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { useMe } from '../../auth/api';
import { useClients, useContacts } from '../../clients/api';
import { ContractSelect } from '../../contracts/components/ContractSelect';
import { MemberSelect } from '../../members/components/MemberSelect';
import { ticketLevels, ticketTypes, useOpenTicket } from '../api';
import { GroupSelect } from './GroupSelect';

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
  groupId?: string;
  assigneeId?: string;
};

/** The client's contracts (under which the ticket's SLAs run). */
const ContractField = ({ clientId }: { clientId: string }) => {
  const { t } = useTranslation();
  return (
    <Form.Item name="contractId" label={t('ticket.contract')}>
      <ContractSelect allowClear filter={{ partyType: 'client', clientId }} />
    </Form.Item>
  );
};

/** The client's contracts and contacts, once a client is chosen. */
function ClientFields({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const contacts = useContacts(clientId);
  return (
    <>
      <ContractField clientId={clientId} />
      <Form.Item name="requesterContactId" label={t('ticket.requester')}>
        <Select
          allowClear
          options={(contacts.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      </Form.Item>
    </>
  );
}

/**
 * Opens a ticket for a client, under one of its contracts, with who asked and who works it.
 * A client's portal user opens one for their own client: the desk routes and assigns it.
 */
export function TicketForm({
  onClose,
  onOpened,
}: {
  onClose: () => void;
  onOpened: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const party = useMe().data?.party ?? null;
  const chosen = Form.useWatch('clientId', form) as string | undefined;
  const clientId = party?.type === 'client' ? party.id : chosen;
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
            clientId: party ? null : (v.clientId ?? null),
            contractId: v.contractId ?? null,
            requesterContactId: v.requesterContactId ?? null,
            category: v.category || null,
            impact: v.impact,
            urgency: v.urgency,
            groupId: v.groupId ?? null,
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
      {!party && (
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
      )}
      {clientId &&
        (party ? <ContractField clientId={clientId} /> : <ClientFields clientId={clientId} />)}
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
      {!party && (
        <>
          <Form.Item name="groupId" label={t('ticket.group')}>
            <GroupSelect />
          </Form.Item>
          <Form.Item name="assigneeId" label={t('ticket.assignee')}>
            <MemberSelect />
          </Form.Item>
        </>
      )}
    </FormDialog>
  );
}
