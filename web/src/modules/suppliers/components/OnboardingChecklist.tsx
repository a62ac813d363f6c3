import { Button, Checkbox, Form, Input, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { deleteColumn } from '../../../components/DeleteButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type OnboardingItem, useChangeOnboardingItems, useOnboardingItems } from '../api';

const kinds = ['document', 'questionnaire', 'reference', 'other'] as const;

/** The workspace's onboarding steps, edited in settings. */
export function OnboardingChecklist({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const items = useOnboardingItems();
  const { add, remove } = useChangeOnboardingItems();
  const [form] = Form.useForm();
  return (
    <>
      {editable && (
        <Form
          form={form}
          name="onboarding-item"
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{ kind: 'document', required: true }}
          onFinish={async (v) => {
            await add.mutateAsync({ label: v.label, kind: v.kind, required: Boolean(v.required) });
            form.resetFields(['label']);
          }}
        >
          <Form.Item name="label" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('onboarding.step')} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="kind">
            <Select
              style={{ width: 160 }}
              options={kinds.map((k) => ({ value: k, label: t(`onboarding.kind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="required" valuePropName="checked">
            <Checkbox>{t('onboarding.required')}</Checkbox>
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('onboarding.addStep')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={items.error ?? add.error ?? remove.error} />
      <Table<OnboardingItem>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={items.data}
        columns={[
          { title: t('onboarding.step'), dataIndex: 'label' },
          {
            title: t('calendar.kindLabel'),
            dataIndex: 'kind',
            render: (k) => t(`onboarding.kind.${k}`),
          },
          {
            title: t('onboarding.required'),
            dataIndex: 'required',
            render: (r) => (r ? <Tag>{t('common.yes')}</Tag> : t('common.no')),
          },
          ...deleteColumn<OnboardingItem>(editable, (id) => remove.mutate(id)),
        ]}
      />
    </>
  );
}
