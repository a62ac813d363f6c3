import { DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { commonCurrencies, fromMinor, toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../auth/api';
import { MemberSelect } from '../../members/components/MemberSelect';
import { useClients } from '../api';
import { type Opportunity, stages, useSaveOpportunity } from '../opportunities-api';

/** New opportunity (for a client, when given), or edits one. The stage moves on the board. */
export function OpportunityForm({
  opportunity,
  clientId,
  onClose,
}: {
  opportunity: Opportunity | null;
  clientId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { data: me } = useMe();
  const save = useSaveOpportunity();
  const clients = useClients({ limit: 200 });
  const currency = opportunity?.currency ?? me?.workspace?.baseCurrency ?? 'CNY';
  return (
    <Modal
      open
      title={opportunity ? `${opportunity.number} ${opportunity.title}` : t('opportunity.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          clientId: opportunity?.client.id ?? clientId,
          title: opportunity?.title,
          stage: opportunity?.stage ?? 'lead',
          amount: opportunity
            ? fromMinor(opportunity.amountMinor, opportunity.currency)
            : undefined,
          currency,
          probability: opportunity?.probability,
          expectedClose: opportunity?.expectedClose ? dayjs(opportunity.expectedClose) : undefined,
          ownerId: opportunity?.owner?.id ?? me?.user.id,
        }}
        onFinish={async (v) => {
          const body = {
            clientId: v.clientId,
            title: v.title,
            stage: v.stage,
            amountMinor: toMinor(v.amount ?? 0, v.currency),
            currency: v.currency,
            ...(v.probability === undefined || v.probability === null
              ? {}
              : { probability: v.probability }),
            expectedClose: v.expectedClose ? v.expectedClose.format('YYYY-MM-DD') : null,
            ownerId: v.ownerId ?? null,
          };
          await save.mutateAsync({
            body,
            ...(opportunity ? { id: opportunity.id, version: opportunity.version } : {}),
          });
          onClose();
        }}
      >
        <Form.Item
          name="clientId"
          label={t('opportunity.client')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            disabled={Boolean(opportunity || clientId)}
            options={(clients.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.number} ${c.name}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('opportunity.title')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="amount"
            label={t('opportunity.amount')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <InputNumber min={0} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="currency" label={t('opportunity.currency')}>
            <Select
              showSearch
              style={{ width: 110 }}
              options={commonCurrencies.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
          <Form.Item
            name="probability"
            label={t('opportunity.probability')}
            extra={opportunity ? undefined : t('opportunity.probabilityHint')}
          >
            <InputNumber min={0} max={100} suffix="%" style={{ width: 110 }} />
          </Form.Item>
        </Space>
        {!opportunity && (
          <Form.Item name="stage" label={t('opportunity.stageLabel')}>
            <Select
              showSearch
              optionFilterProp="label"
              options={stages
                .filter((s) => s !== 'lost')
                .map((s) => ({ value: s, label: t(`opportunity.stage.${s}`) }))}
            />
          </Form.Item>
        )}
        <Form.Item name="expectedClose" label={t('opportunity.expectedClose')}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="ownerId" label={t('client.owner')}>
          <MemberSelect />
        </Form.Item>
      </Form>
      <ProblemAlert error={save.error} />
    </Modal>
  );
}
