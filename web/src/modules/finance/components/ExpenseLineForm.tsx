import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { commonCurrencies, fractionDigits, toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../auth/api';
import { type ExpenseLineBody, expenseCategories } from '../expenses-api';

type Values = {
  category: ExpenseLineBody['category'];
  day: Dayjs;
  description: string;
  currency: string;
  amount: number;
  tax?: number;
  location: string;
  days: number;
  billable: boolean;
};

/** Adds a receipt (its file is attached on the line after) or a per-diem allowance. */
export function ExpenseLineForm({
  version,
  pending,
  error,
  onAdd,
}: {
  version: number;
  pending: boolean;
  error: unknown;
  onAdd: (body: ExpenseLineBody) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const baseCurrency = useMe().data?.workspace?.baseCurrency ?? 'CNY';
  const category = Form.useWatch('category', form);
  const currency = Form.useWatch('currency', form) ?? baseCurrency;
  const body = (v: Values): ExpenseLineBody => {
    const common = {
      day: v.day.format('YYYY-MM-DD'),
      description: v.description,
      billable: v.billable,
      version,
    };
    return v.category === 'per_diem'
      ? { ...common, category: 'per_diem', location: v.location, days: v.days }
      : {
          ...common,
          category: v.category,
          currency: v.currency,
          amountMinor: toMinor(v.amount, v.currency),
          taxMinor: toMinor(v.tax ?? 0, v.currency),
        };
  };
  return (
    <Card size="small" title={t('expense.addLine')} style={{ marginBottom: 16 }}>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          category: 'travel',
          day: dayjs(),
          currency: baseCurrency,
          billable: false,
          days: 1,
        }}
        onFinish={async (v) => {
          await onAdd(body(v));
          form.resetFields(['description', 'amount', 'tax']);
        }}
      >
        <Space wrap align="start">
          <Form.Item name="category" label={t('expense.category')}>
            <Select
              showSearch
              optionFilterProp="label"
              style={{ width: 150 }}
              options={expenseCategories.map((c) => ({
                value: c,
                label: t(`expense.categories.${c}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="day" label={t('expense.day')} rules={[{ required: true }]}>
            <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('expense.description')}
            rules={[{ required: true, max: 300 }]}
          >
            <Input style={{ width: 260 }} />
          </Form.Item>
          {category === 'per_diem' ? (
            <>
              <Form.Item
                name="location"
                label={t('expense.location')}
                rules={[{ required: true, max: 100 }]}
              >
                <Input style={{ width: 140 }} placeholder={t('expense.locationExample')} />
              </Form.Item>
              <Form.Item name="days" label={t('expense.days')} rules={[{ required: true }]}>
                <InputNumber min={1} max={366} precision={0} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item name="currency" label={t('expense.currency')}>
                <Select
                  style={{ width: 100 }}
                  options={[...new Set([baseCurrency, ...commonCurrencies])].map((c) => ({
                    value: c,
                    label: c,
                  }))}
                />
              </Form.Item>
              <Form.Item name="amount" label={t('expense.amount')} rules={[{ required: true }]}>
                <InputNumber min={0} precision={fractionDigits(currency)} style={{ width: 130 }} />
              </Form.Item>
              <Form.Item name="tax" label={t('expense.tax')}>
                <InputNumber min={0} precision={fractionDigits(currency)} style={{ width: 110 }} />
              </Form.Item>
            </>
          )}
          <Form.Item name="billable" label={t('expense.billable')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item label=" ">
            <Button htmlType="submit" loading={pending}>
              {t('expense.add')}
            </Button>
          </Form.Item>
        </Space>
      </Form>
      <ProblemAlert error={error} />
    </Card>
  );
}
