import {
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Radio,
  Select,
  Switch,
  Table,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import { type FinancePolicy, usePolicy, usePolicyPreview, useSavePolicy } from '../api';
import {
  PerDiemRatesField,
  type PerDiemRow,
  perDiemRates,
  perDiemRows,
} from '../components/PerDiemRatesField';

/** A sample document the preview prices: consulting days at 6%, a licence at 13%, small items. */
const sample = [
  { quantity: '3', unitPriceMinor: '123456.5', taxRate: '0.06' },
  { quantity: '1', unitPriceMinor: '99999', taxRate: '0.13' },
  { quantity: '7', unitPriceMinor: '15', taxRate: '0.06' },
];

/** Who invoices come from, as the fapiao prints the seller; two of the fields carry a hint. */
const sellerFields = [
  'sellerName',
  'sellerTaxId',
  'sellerAddress',
  'sellerBank',
  'fapiaoCategory',
] as const;
const sellerHints = { sellerBank: true, fapiaoCategory: true };

/** The policy as the form edits it: allowances in major units. */
type Values = Omit<FinancePolicy, 'perDiemRates'> & { perDiemRates: PerDiemRow[] };

/**
 * How documents are taxed and rounded, with a sample document priced by the server under
 * the settings on screen (saved or not), so the effect of a choice shows before it is made.
 */
export default function PolicyPage() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const currency = me?.workspace?.baseCurrency ?? 'CNY';
  const editable = useHasPermission()('finance:write');
  const policy = usePolicy();
  const save = useSavePolicy();
  const [form] = Form.useForm<Values>();
  const watched = Form.useWatch([], form) as Values | undefined;
  useEffect(() => {
    if (policy.data) {
      form.setFieldsValue({ ...policy.data, perDiemRates: perDiemRows(policy.data.perDiemRates) });
    }
  }, [policy.data, form]);
  const preview = usePolicyPreview(
    watched?.taxBasis && watched.rounding
      ? {
          policy: {
            taxBasis: watched.taxBasis,
            rounding: watched.rounding,
            pricesIncludeTax: Boolean(watched.pricesIncludeTax),
          },
          lines: sample,
        }
      : null,
  );
  const money = (minor: number) => <Money minor={minor} currency={currency} />;
  return (
    <Card title={t('nav.financePolicy')}>
      <ProblemAlert error={policy.error ?? save.error ?? preview.error} />
      <Form
        form={form}
        layout="vertical"
        disabled={!editable}
        style={{ maxWidth: 560 }}
        onFinish={(v) =>
          save.mutate({
            ...v,
            // An emptied field clears what was saved.
            ...Object.fromEntries(sellerFields.map((f) => [f, v[f] || null])),
            perDiemRates: perDiemRates(v.perDiemRates),
            version: policy.data?.version ?? 0,
          })
        }
      >
        <Form.Item name="taxBasis" label={t('financePolicy.taxBasis')}>
          <Radio.Group
            options={(['line', 'document'] as const).map((v) => ({
              value: v,
              label: t(`financePolicy.taxBases.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="rounding" label={t('financePolicy.rounding')}>
          <Radio.Group
            options={(['half_up', 'half_even'] as const).map((v) => ({
              value: v,
              label: t(`financePolicy.roundings.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="pricesIncludeTax" label={t('financePolicy.prices')}>
          <Radio.Group
            options={[
              { value: false, label: t('financePolicy.exclusive') },
              { value: true, label: t('financePolicy.inclusive') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="defaultTaxRate"
          label={t('financePolicy.defaultTaxRate')}
          extra={t('financePolicy.defaultTaxRateHint')}
          rules={[
            { pattern: /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, message: t('financePolicy.rateFormat') },
          ]}
        >
          <Input style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="fourEyes" label={t('financePolicy.fourEyes')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item
          name="reminderDays"
          label={t('financePolicy.reminderDays')}
          extra={t('financePolicy.reminderDaysHint')}
          normalize={(days: (string | number)[]) =>
            [...new Set(days.map(Number).filter((d) => Number.isInteger(d) && d > 0))].sort(
              (a, b) => a - b,
            )
          }
        >
          <Select mode="tags" style={{ width: 320 }} tokenSeparators={[',', ' ']} open={false} />
        </Form.Item>
        <Form.Item
          name="billTolerance"
          label={t('financePolicy.billTolerance')}
          extra={t('financePolicy.billToleranceHint')}
          rules={[
            { pattern: /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/, message: t('financePolicy.rateFormat') },
          ]}
        >
          <Input style={{ width: 120 }} />
        </Form.Item>
        <PerDiemRatesField baseCurrency={currency} />
        <Typography.Title level={5}>{t('financePolicy.seller')}</Typography.Title>
        {sellerFields.map((name) => (
          <Form.Item
            key={name}
            name={name}
            label={t(`financePolicy.${name}`)}
            extra={name in sellerHints && t(`financePolicy.${name}Hint`)}
          >
            <Input />
          </Form.Item>
        ))}
        {editable && (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        )}
      </Form>
      <Card type="inner" title={t('financePolicy.sample')} style={{ marginTop: 24 }}>
        <Table
          rowKey={(_, i) => String(i)}
          size="small"
          pagination={false}
          dataSource={sample.map((l, i) => ({ ...l, ...preview.data?.lines[i] }))}
          columns={[
            { title: t('financePolicy.quantity'), dataIndex: 'quantity' },
            {
              title: t('financePolicy.unitPrice'),
              dataIndex: 'unitPriceMinor',
              render: (v: string) =>
                new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 3 }).format(
                  Number(v) / 100,
                ),
            },
            {
              title: t('financePolicy.rate'),
              dataIndex: 'taxRate',
              render: (v: string) =>
                new Intl.NumberFormat(i18n.language, {
                  style: 'percent',
                  maximumFractionDigits: 2,
                }).format(Number(v)),
            },
            { title: t('financePolicy.net'), dataIndex: 'netMinor', align: 'right', render: money },
            { title: t('financePolicy.tax'), dataIndex: 'taxMinor', align: 'right', render: money },
          ]}
        />
        {preview.data && (
          <Descriptions size="small" column={4} style={{ marginTop: 12 }}>
            <Descriptions.Item label={t('financePolicy.net')}>
              {money(preview.data.netMinor)}
            </Descriptions.Item>
            <Descriptions.Item label={t('financePolicy.tax')}>
              {money(preview.data.taxMinor)}
            </Descriptions.Item>
            <Descriptions.Item label={t('financePolicy.total')}>
              {money(preview.data.totalMinor)}
            </Descriptions.Item>
            <Descriptions.Item label={t('financePolicy.roundingLine')}>
              {money(preview.data.roundingMinor)}
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>
    </Card>
  );
}
