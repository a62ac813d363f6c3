import { DatePicker, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../components/FormDrawer';
import { commonCurrencies, toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useClients } from '../../clients/api';
import { useContracts } from '../../contracts/api';
import { type Project, useCreateProject } from '../api';

type Values = {
  origin: 'contract' | 'internal';
  contractId?: string;
  name?: string;
  clientId?: string;
  period?: [dayjs.Dayjs, dayjs.Dayjs];
  currency: string;
  budget?: number;
};

/** A new project: from a signed client contract (which gives client, money and dates) or internal. */
export function ProjectForm({
  onClose,
  onSaved,
}: {
  onClose: () => void;
  onSaved: (p: Project) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateProject();
  const origin = Form.useWatch('origin', form) ?? 'contract';
  const contracts = useContracts({ partyType: 'client', status: 'active', limit: 200 });
  const clients = useClients({ limit: 200 });
  const day = (d?: dayjs.Dayjs) => d?.format('YYYY-MM-DD');
  return (
    <FormDrawer title={t('project.new')} form={form} saving={create.isPending} onClose={onClose}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ origin: 'contract', currency: 'CNY' }}
        onFinish={async (v) => {
          const saved = await create.mutateAsync(
            v.origin === 'contract'
              ? { contractId: v.contractId ?? null, name: v.name?.trim() || undefined }
              : {
                  name: v.name,
                  clientId: v.clientId ?? null,
                  startDate: day(v.period?.[0]),
                  endDate: day(v.period?.[1]),
                  currency: v.currency,
                  budgetMinor: v.budget != null ? toMinor(v.budget, v.currency) : 0,
                },
          );
          onSaved(saved);
        }}
      >
        <ProblemAlert error={create.error} />
        <Form.Item name="origin">
          <Radio.Group
            options={[
              { value: 'contract', label: t('project.fromContract') },
              { value: 'internal', label: t('project.internal') },
            ]}
          />
        </Form.Item>
        {origin === 'contract' ? (
          <Form.Item
            name="contractId"
            label={t('project.contract')}
            extra={t('project.contractHint')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              aria-label={t('project.contract')}
              options={(contracts.data?.items ?? []).map((c) => ({
                value: c.id,
                label: `${c.number} ${c.title}`,
              }))}
            />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="clientId" label={t('project.client')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={(clients.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
              />
            </Form.Item>
            <Form.Item
              name="period"
              label={t('project.period')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <DatePicker.RangePicker />
            </Form.Item>
            <Space wrap>
              <Form.Item name="budget" label={t('project.budget')}>
                <InputNumber min={0} />
              </Form.Item>
              <Form.Item name="currency" label={t('staffing.currency')}>
                <Select
                  style={{ width: 100 }}
                  options={commonCurrencies.map((c) => ({ value: c, label: c }))}
                />
              </Form.Item>
            </Space>
          </>
        )}
        <Form.Item
          name="name"
          label={t('project.name')}
          extra={origin === 'contract' ? t('project.nameHint') : undefined}
          rules={origin === 'internal' ? [{ required: true, message: t('form.required') }] : []}
        >
          <Input />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
