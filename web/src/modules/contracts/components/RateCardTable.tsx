import { Button, DatePicker, Form, InputNumber, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { deleteColumn } from '../../../components/DeleteButton';
import { localName } from '../../../components/local-name';
import { Money } from '../../../components/Money';
import { toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { PositionSelect } from '../../settings/components/PositionSelect';
import { type Rate, seniorities, useAddRate, useRateCard, useRemoveRate } from '../api';

/**
 * A rate card: position × seniority → rate, each with the day it takes effect; the row in force
 * today is marked. A contract's card (or the workspace default for null) is edited while
 * editable is true.
 */
export function RateCardTable({
  contractId,
  editable,
}: {
  contractId: string | null;
  editable: boolean;
}) {
  const { t, i18n } = useTranslation();
  const card = useRateCard(contractId);
  const add = useAddRate(contractId);
  const remove = useRemoveRate(contractId);
  const [form] = Form.useForm();
  const currency = card.data?.currency ?? 'CNY';
  return (
    <>
      {editable && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{ seniority: 'senior', unit: 'hour', effectiveFrom: dayjs() }}
          onFinish={async (v) => {
            await add.mutateAsync({
              positionId: v.positionId,
              seniority: v.seniority,
              unit: v.unit,
              rateMinor: toMinor(v.rate, currency),
              effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
            });
            form.resetFields(['positionId', 'rate']);
          }}
        >
          <Form.Item name="positionId" rules={[{ required: true, message: t('form.required') }]}>
            <PositionSelect style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="seniority">
            <Select
              aria-label={t('rate.seniorityLabel')}
              style={{ width: 130 }}
              options={seniorities.map((s) => ({ value: s, label: t(`rate.seniority.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="rate" rules={[{ required: true, message: t('form.required') }]}>
            <InputNumber
              min={0}
              placeholder={t('rate.rate')}
              aria-label={t('rate.rate')}
              suffix={currency}
              style={{ width: 150 }}
            />
          </Form.Item>
          <Form.Item name="unit">
            <Select
              style={{ width: 100 }}
              options={[
                { value: 'hour', label: t('rate.unit.hour') },
                { value: 'day', label: t('rate.unit.day') },
              ]}
            />
          </Form.Item>
          <Form.Item name="effectiveFrom" rules={[{ required: true }]}>
            <DatePicker aria-label={t('rate.effectiveFrom')} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('rate.add')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={card.error ?? add.error ?? remove.error} />
      <Table<Rate>
        rowKey="id"
        size="small"
        loading={card.isFetching}
        dataSource={card.data?.items}
        pagination={false}
        columns={[
          {
            title: t('position.position'),
            key: 'position',
            render: (_, r) => localName(r.position, i18n.language),
          },
          {
            title: t('rate.seniorityLabel'),
            dataIndex: 'seniority',
            render: (s) => t(`rate.seniority.${s}`),
          },
          {
            title: t('rate.rate'),
            key: 'rate',
            render: (_, r) => (
              <Space>
                <Money minor={r.rateMinor} currency={r.currency} />/{t(`rate.unit.${r.unit}`)}
              </Space>
            ),
          },
          {
            title: t('rate.effectiveFrom'),
            dataIndex: 'effectiveFrom',
            render: (d, r) => (
              <Space>
                {d}
                {r.inForce && <Tag color="green">{t('rate.inForce')}</Tag>}
              </Space>
            ),
          },
          ...deleteColumn<Rate>(editable, (id) => remove.mutate(id)),
        ]}
      />
    </>
  );
}
