import { Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../components/FormDrawer';
import { orNull } from '../../../components/form-values';
import { fractionDigits, fromMinor, toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../auth/api';
import { MemberSelect } from '../../members/components/MemberSelect';
import { type Client, useSaveClient } from '../api';

const statuses = ['prospect', 'active', 'inactive'] as const;
const tiers = ['strategic', 'key', 'standard'] as const;

/** Creates a client, or edits one when given. */
export function ClientForm({
  client,
  onClose,
  onSaved,
}: {
  client: Client | null;
  onClose: () => void;
  onSaved?: (c: Client) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useSaveClient();
  const baseCurrency = useMe().data?.workspace?.baseCurrency ?? 'CNY';
  return (
    <FormDrawer
      title={client ? `${client.number} ${client.name}` : t('client.new')}
      form={form}
      saving={save.isPending}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: client?.name,
          legalName: client?.legalName,
          industry: client?.industry,
          country: client?.country,
          tier: client?.tier ?? 'standard',
          status: client?.status ?? 'prospect',
          ownerId: client?.owner?.id,
          tags: client?.tags ?? [],
          taxId: client?.taxId,
          billingEmail: client?.billingEmail,
          billingAddress: client?.billingAddress,
          billingPhone: client?.billingPhone,
          billingBank: client?.billingBank,
          creditLimit:
            client?.creditLimitMinor != null
              ? fromMinor(client.creditLimitMinor, baseCurrency)
              : undefined,
          paymentTermsDays: client?.paymentTermsDays,
        }}
        onFinish={async (v) => {
          const body = {
            name: v.name,
            legalName: orNull(v.legalName),
            industry: orNull(v.industry),
            country: orNull(v.country)?.toUpperCase() ?? null,
            tier: v.tier,
            status: v.status,
            ownerId: v.ownerId ?? null,
            tags: v.tags ?? [],
            taxId: orNull(v.taxId),
            billingEmail: orNull(v.billingEmail),
            billingAddress: orNull(v.billingAddress),
            billingPhone: orNull(v.billingPhone),
            billingBank: orNull(v.billingBank),
            creditLimitMinor: v.creditLimit != null ? toMinor(v.creditLimit, baseCurrency) : null,
            paymentTermsDays: v.paymentTermsDays ?? null,
          };
          const saved = await save.mutateAsync({
            body,
            ...(client ? { id: client.id, version: client.version } : {}),
          });
          onSaved?.(saved);
          onClose();
        }}
      >
        <Form.Item
          name="name"
          label={t('client.name')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="legalName" label={t('client.legalName')}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="status" label={t('client.statusLabel')}>
            <Select
              style={{ width: 160 }}
              options={statuses.map((s) => ({ value: s, label: t(`client.status.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="tier" label={t('client.tierLabel')}>
            <Select
              style={{ width: 160 }}
              options={tiers.map((s) => ({ value: s, label: t(`client.tier.${s}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="country"
            label={t('client.country')}
            rules={[{ pattern: /^[A-Za-z]{2}$/, message: t('client.countryHint') }]}
          >
            <Input style={{ width: 100 }} maxLength={2} placeholder="CN" />
          </Form.Item>
        </Space>
        <Form.Item name="industry" label={t('client.industry')}>
          <Input />
        </Form.Item>
        <Form.Item name="ownerId" label={t('client.owner')}>
          <MemberSelect />
        </Form.Item>
        <Form.Item name="tags" label={t('client.tags')}>
          <Select mode="tags" tokenSeparators={[',']} />
        </Form.Item>
        <Form.Item name="taxId" label={t('client.taxId')}>
          <Input />
        </Form.Item>
        <Form.Item
          name="billingEmail"
          label={t('client.billingEmail')}
          rules={[{ type: 'email', message: t('form.email') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="billingAddress" label={t('client.billingAddress')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="billingPhone" label={t('client.billingPhone')}>
          <Input />
        </Form.Item>
        <Form.Item name="billingBank" label={t('client.billingBank')}>
          <Input />
        </Form.Item>
        <Form.Item
          name="creditLimit"
          label={t('client.creditLimit')}
          extra={t('client.creditLimitHint', { currency: baseCurrency })}
        >
          <InputNumber min={0} precision={fractionDigits(baseCurrency)} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="paymentTermsDays" label={t('client.paymentTermsDays')}>
          <InputNumber min={0} max={365} />
        </Form.Item>
      </Form>
      <ProblemAlert error={save.error} />
    </FormDrawer>
  );
}
