import { Button, Checkbox, Form, InputNumber, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { deleteColumn } from '../../../components/DeleteButton';
import { Money } from '../../../components/Money';
import { toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { contractTypes } from '../../contracts/api';
import {
  type ApprovalRule,
  useAddApprovalRule,
  useApprovalRules,
  useDeleteApprovalRule,
} from '../api';

/** How many approvers contracts need, by type and by value in base currency. */
export function ApprovalRules({
  baseCurrency,
  editable,
}: {
  baseCurrency: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const rules = useApprovalRules();
  const add = useAddApprovalRule();
  const remove = useDeleteApprovalRule();
  const [form] = Form.useForm();
  return (
    <>
      <p>{t('settings.rulesHint')}</p>
      {editable && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{ contractType: null, approvers: 2, financeRequired: true }}
          onFinish={async (v) => {
            await add.mutateAsync({
              contractType: v.contractType ?? null,
              minValueMinor: toMinor(v.minValue ?? 0, baseCurrency),
              approvers: v.approvers,
              financeRequired: Boolean(v.financeRequired),
            });
            form.resetFields(['minValue']);
          }}
        >
          <Form.Item name="contractType">
            <Select
              style={{ width: 170 }}
              options={[
                { value: null, label: t('settings.anyType') },
                ...contractTypes.map((x) => ({ value: x, label: t(`contract.type.${x}`) })),
              ]}
            />
          </Form.Item>
          <Form.Item
            name="minValue"
            label={t('settings.fromValue')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <InputNumber min={0} suffix={baseCurrency} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="approvers" label={t('settings.approvers')}>
            <InputNumber min={1} max={5} style={{ width: 70 }} />
          </Form.Item>
          <Form.Item name="financeRequired" valuePropName="checked">
            <Checkbox>{t('settings.financeRequired')}</Checkbox>
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('settings.addRule')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={rules.error ?? add.error ?? remove.error} />
      <Table<ApprovalRule>
        rowKey="id"
        size="small"
        loading={rules.isFetching}
        dataSource={rules.data}
        pagination={false}
        columns={[
          {
            title: t('contract.typeLabel'),
            dataIndex: 'contractType',
            render: (x) => (x ? t(`contract.type.${x}`) : t('settings.anyType')),
          },
          {
            title: t('settings.fromValue'),
            dataIndex: 'minValueMinor',
            render: (v) => <Money minor={v} currency={baseCurrency} />,
          },
          { title: t('settings.approvers'), dataIndex: 'approvers' },
          {
            title: t('settings.financeRequired'),
            dataIndex: 'financeRequired',
            render: (v) => (v ? t('common.yes') : t('common.no')),
          },
          ...deleteColumn<ApprovalRule>(editable, (id) => remove.mutate(id)),
        ]}
      />
    </>
  );
}
