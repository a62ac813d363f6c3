import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { commonCurrencies, fromMinor, toMinor } from '../../../components/money';
import type { FinancePolicy } from '../api';

type Rate = FinancePolicy['perDiemRates'][number];
/** A rate as the form edits it: the daily amount in major units. */
export type PerDiemRow = { location: string; currency: string; daily: number };

export const perDiemRows = (rates: Rate[]): PerDiemRow[] =>
  rates.map((r) => ({
    location: r.location,
    currency: r.currency,
    daily: fromMinor(r.dailyMinor, r.currency),
  }));

export const perDiemRates = (rows: PerDiemRow[] = []): Rate[] =>
  rows.map((r) => ({
    location: r.location,
    currency: r.currency,
    dailyMinor: toMinor(r.daily, r.currency),
  }));

/** The daily travel allowance per location that per-diem expense lines are claimed at. */
export function PerDiemRatesField({ baseCurrency }: { baseCurrency: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('financePolicy.perDiemRates')} extra={t('financePolicy.perDiemRatesHint')}>
      <Form.List name="perDiemRates">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline">
                <Form.Item name={[field.name, 'location']} rules={[{ required: true, max: 100 }]}>
                  <Input aria-label={t('expense.location')} placeholder={t('expense.location')} />
                </Form.Item>
                <Form.Item name={[field.name, 'currency']}>
                  <Select
                    aria-label={t('expense.currency')}
                    style={{ width: 90 }}
                    options={commonCurrencies.map((c) => ({ value: c, label: c }))}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'daily']} rules={[{ required: true }]}>
                  <InputNumber
                    aria-label={t('financePolicy.daily')}
                    placeholder={t('financePolicy.daily')}
                    min={0}
                  />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ currency: baseCurrency })}
            >
              {t('financePolicy.addPerDiem')}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
