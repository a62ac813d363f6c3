import { Button, DatePicker, Form, Input, Select, Table } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { deleteColumn } from '../../../components/DeleteButton';
import { commonCurrencies } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  type ExchangeRate,
  useDeleteExchangeRate,
  useExchangeRates,
  useSetExchangeRate,
} from '../api';

/** Rates to the base currency by day; the rate in force on a day is the newest on or before it. */
export function ExchangeRates({
  baseCurrency,
  editable,
}: {
  baseCurrency: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const rates = useExchangeRates();
  const set = useSetExchangeRate();
  const remove = useDeleteExchangeRate();
  const [form] = Form.useForm();
  return (
    <>
      {editable && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{ day: dayjs() }}
          onFinish={async (v) => {
            await set.mutateAsync({
              currency: v.currency,
              day: v.day.format('YYYY-MM-DD'),
              rate: v.rate.trim(),
            });
            form.resetFields(['rate']);
          }}
        >
          <Form.Item name="currency" rules={[{ required: true, message: t('form.required') }]}>
            <Select
              showSearch
              aria-label={t('settings.currency')}
              placeholder={t('settings.currency')}
              style={{ width: 110 }}
              options={commonCurrencies
                .filter((c) => c !== baseCurrency)
                .map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
          <Form.Item name="day" rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="rate"
            rules={[
              { required: true, message: t('form.required') },
              { pattern: /^\d{1,9}(\.\d{1,10})?$/, message: t('settings.rateHint') },
            ]}
          >
            <Input
              aria-label={t('settings.rate')}
              placeholder={t('settings.ratePlaceholder', { base: baseCurrency })}
              style={{ width: 220 }}
            />
          </Form.Item>
          <Button htmlType="submit" loading={set.isPending}>
            {t('settings.addRate')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={rates.error ?? set.error ?? remove.error} />
      <Table<ExchangeRate>
        rowKey="id"
        size="small"
        loading={rates.isFetching}
        dataSource={rates.data?.items}
        pagination={false}
        columns={[
          { title: t('settings.currency'), dataIndex: 'currency' },
          { title: t('settings.date'), dataIndex: 'day' },
          {
            title: t('settings.rate'),
            key: 'rate',
            render: (_, r) => `1 ${r.currency} = ${r.rate} ${baseCurrency}`,
          },
          {
            title: t('settings.updatedAt'),
            dataIndex: 'updatedAt',
            render: (v) => <DateTime value={v} />,
          },
          ...deleteColumn<ExchangeRate>(editable, (id) => remove.mutate(id)),
        ]}
      />
    </>
  );
}
