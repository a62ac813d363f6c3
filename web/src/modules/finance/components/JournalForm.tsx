import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { localName } from '../../../components/local-name';
import { Money } from '../../../components/Money';
import { toMinor } from '../../../components/money';
import { useAccounts, usePostJournal } from '../api';

type LineValues = {
  accountId?: string;
  debit?: number | null;
  credit?: number | null;
  memo?: string;
};
type Values = { postedOn: Dayjs; description: string; lines: LineValues[] };

const minorOf = (v: number | null | undefined, currency: string) => (v ? toMinor(v, currency) : 0);

/**
 * A manual journal in base currency: lines of debits and credits that must balance. The
 * difference shows while typing; the server refuses a journal that does not balance.
 */
export function JournalForm({ currency, onClose }: { currency: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm();
  const accounts = useAccounts();
  const post = usePostJournal();
  const lines: LineValues[] = Form.useWatch('lines', form) ?? [];
  const debit = lines.reduce((s, l) => s + minorOf(l?.debit, currency), 0);
  const credit = lines.reduce((s, l) => s + minorOf(l?.credit, currency), 0);
  const options = (accounts.data ?? []).map((a) => ({
    value: a.id,
    label: `${a.code} ${localName(a, i18n.language)}`,
  }));
  return (
    <FormDialog
      title={t('ledger.newJournal')}
      form={form}
      pending={post.isPending}
      error={post.error}
      onClose={onClose}
      onFinish={(v: Values) =>
        post.mutateAsync({
          postedOn: v.postedOn.format('YYYY-MM-DD'),
          description: v.description,
          lines: v.lines.map((l) => ({
            accountId: l.accountId as string,
            debitMinor: minorOf(l.debit, currency),
            creditMinor: minorOf(l.credit, currency),
            ...(l.memo ? { memo: l.memo } : {}),
          })),
        })
      }
    >
      <Form.Item
        name="postedOn"
        label={t('ledger.postedOn')}
        initialValue={dayjs()}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('ledger.description')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input />
      </Form.Item>
      <Form.List name="lines" initialValue={[{}, {}]}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'accountId']}
                  rules={[{ required: true, message: t('form.required') }]}
                >
                  <Select
                    showSearch
                    optionFilterProp="label"
                    style={{ width: 220 }}
                    placeholder={t('ledger.account')}
                    aria-label={t('ledger.account')}
                    options={options}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'debit']}>
                  <InputNumber
                    min={0}
                    placeholder={t('ledger.debit')}
                    aria-label={t('ledger.debit')}
                    style={{ width: 120 }}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'credit']}>
                  <InputNumber
                    min={0}
                    placeholder={t('ledger.credit')}
                    aria-label={t('ledger.credit')}
                    style={{ width: 120 }}
                  />
                </Form.Item>
                {fields.length > 2 && (
                  <MinusCircleOutlined
                    aria-label={t('ledger.removeLine')}
                    onClick={() => remove(field.name)}
                  />
                )}
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('ledger.addLine')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Paragraph
        style={{ marginTop: 12 }}
        type={debit === credit ? undefined : 'danger'}
      >
        {t('ledger.debit')} <Money minor={debit} currency={currency} /> · {t('ledger.credit')}{' '}
        <Money minor={credit} currency={currency} />
        {debit !== credit && (
          <>
            {' '}
            · {t('ledger.difference')} <Money minor={debit - credit} currency={currency} />
          </>
        )}
      </Typography.Paragraph>
    </FormDialog>
  );
}
