import { Button, Card, DatePicker, Form, InputNumber, Select, Table, Typography } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { deleteColumn } from '../../../components/DeleteButton';
import { Money } from '../../../components/Money';
import { commonCurrencies, toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  type Person,
  type PersonCostRate,
  useChangeCostRates,
  useCostOn,
  useCostRates,
} from '../api';

/**
 * What a person costs: an employee's effective-dated hourly rates, and today's cost whatever
 * its source (for a supplier worker, their contract's rate card).
 */
export function CostRatesCard({ person, today }: { person: Person; today: string }) {
  const { t } = useTranslation();
  const employee = person.kind === 'employee';
  const rates = useCostRates(person.id);
  const costToday = useCostOn(person.id, today, true);
  const { add, remove } = useChangeCostRates(person.id);
  const [form] = Form.useForm();
  const now = costToday.data;
  return (
    <Card title={t('person.cost')} size="small">
      <Typography.Paragraph>
        {t('person.costToday')}:{' '}
        {now?.rateMinor != null && now.currency ? (
          <>
            <Money minor={now.rateMinor} currency={now.currency} /> /{' '}
            {t(`rate.unit.${now.unit ?? 'hour'}`)} · {t(`person.costSource.${now.source}`)}
          </>
        ) : (
          t('person.noCost')
        )}
      </Typography.Paragraph>
      {employee && (
        <>
          <Form
            form={form}
            layout="inline"
            style={{ marginBottom: 12, rowGap: 8 }}
            initialValues={{ currency: 'CNY' }}
            onFinish={async (v: { rate: number; currency: string; effectiveFrom: dayjs.Dayjs }) => {
              await add.mutateAsync({
                rateMinor: toMinor(v.rate, v.currency),
                currency: v.currency,
                effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
              });
              form.resetFields();
            }}
          >
            <Form.Item name="rate" rules={[{ required: true, message: t('form.required') }]}>
              <InputNumber
                min={0}
                placeholder={t('person.hourlyCost')}
                aria-label={t('person.hourlyCost')}
              />
            </Form.Item>
            <Form.Item name="currency">
              <Select
                style={{ width: 90 }}
                options={commonCurrencies.map((c) => ({ value: c, label: c }))}
              />
            </Form.Item>
            <Form.Item
              name="effectiveFrom"
              rules={[{ required: true, message: t('form.required') }]}
            >
              <DatePicker
                placeholder={t('rate.effectiveFrom')}
                aria-label={t('rate.effectiveFrom')}
              />
            </Form.Item>
            <Button htmlType="submit" loading={add.isPending}>
              {t('person.addCost')}
            </Button>
          </Form>
          <ProblemAlert error={rates.error ?? add.error ?? remove.error} />
          <Table<PersonCostRate>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={rates.data}
            columns={[
              { title: t('rate.effectiveFrom'), dataIndex: 'effectiveFrom' },
              {
                title: t('person.hourlyCost'),
                key: 'rate',
                render: (_, r) => <Money minor={r.rateMinor} currency={r.currency} />,
              },
              ...deleteColumn<PersonCostRate>(true, (id) => remove.mutate(id)),
            ]}
          />
        </>
      )}
    </Card>
  );
}
