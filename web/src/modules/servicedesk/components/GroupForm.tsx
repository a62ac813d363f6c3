import { Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { ContractSelect } from '../../contracts/components/ContractSelect';
import { MemberSelect } from '../../members/components/MemberSelect';
import { type TicketGroup, useChangeGroup, useCreateGroup } from '../api';

type Values = {
  name: string;
  kind: TicketGroup['kind'];
  supplierContractId?: string;
  leadId?: string;
  memberIds?: string[];
};

/**
 * Adds or edits an assignment group: one of our teams with its members, or a supplier's team
 * bound (once, when added) to the supplier contract whose SLA underpins its tickets.
 */
export function GroupForm({ group, onClose }: { group: TicketGroup | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const kind = (Form.useWatch('kind', form) as Values['kind'] | undefined) ?? group?.kind;
  const create = useCreateGroup();
  const change = useChangeGroup();
  const saving = group ? change : create;
  return (
    <FormDialog
      title={group ? group.name : t('ticketGroup.new')}
      form={form}
      pending={saving.isPending}
      error={saving.error}
      onClose={onClose}
      onFinish={(v: Values) =>
        group
          ? change.mutateAsync({
              id: group.id,
              version: group.version,
              name: v.name,
              leadId: v.leadId ?? null,
              ...(group.kind === 'internal' ? { memberIds: v.memberIds ?? [] } : {}),
            })
          : create.mutateAsync({
              name: v.name,
              kind: v.kind,
              supplierContractId: v.kind === 'supplier' ? (v.supplierContractId ?? null) : null,
              leadId: v.leadId ?? null,
              memberIds: v.kind === 'internal' ? (v.memberIds ?? []) : [],
            })
      }
    >
      <Form.Item
        name="name"
        label={t('ticketGroup.name')}
        initialValue={group?.name}
        rules={[{ required: true, max: 100 }]}
      >
        <Input />
      </Form.Item>
      {!group && (
        <Form.Item name="kind" label={t('ticketGroup.kind')} initialValue="internal">
          <Radio.Group
            options={(['internal', 'supplier'] as const).map((k) => ({
              value: k,
              label: t(`ticketGroup.kinds.${k}`),
            }))}
          />
        </Form.Item>
      )}
      {!group && kind === 'supplier' && (
        <Form.Item
          name="supplierContractId"
          label={t('ticketGroup.supplierContract')}
          extra={t('ticketGroup.supplierContractHint')}
          rules={[{ required: true }]}
        >
          <ContractSelect filter={{ partyType: 'supplier' }} />
        </Form.Item>
      )}
      <Form.Item
        name="leadId"
        label={t('ticketGroup.lead')}
        extra={t('ticketGroup.leadHint')}
        initialValue={group?.lead?.id}
      >
        <MemberSelect />
      </Form.Item>
      {kind !== 'supplier' && (
        <Form.Item
          name="memberIds"
          label={t('ticketGroup.members')}
          initialValue={group?.members.map((m) => m.id) ?? []}
        >
          <MemberSelect mode="multiple" />
        </Form.Item>
      )}
    </FormDialog>
  );
}
