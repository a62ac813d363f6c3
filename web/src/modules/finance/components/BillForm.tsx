import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../components/FormDrawer';
import { fractionDigits, toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useContracts } from '../../contracts/api';
import { usePeople } from '../../people/api';
import type { BillBody } from '../payables-api';

type LineValues =
  | { kind: 'time'; personId: string; hours: number; amount: number }
  | { kind: 'fee'; item: string; amount: number }
  | { kind: 'other'; description: string; amount: number };
type Values = {
  contractId: string;
  supplierReference: string;
  billDate: Dayjs;
  dueDate?: Dayjs;
  period: [Dayjs, Dayjs];
  lines: LineValues[];
};

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

/** A fee-schedule item as the select names it: its day and label. */
const itemKey = (item: { date: string; label: string }) => `${item.date}|${item.label}`;

function lineBody(l: LineValues, currency: string): BillBody['lines'][number] {
  const netMinor = toMinor(l.amount, currency);
  if (l.kind === 'time')
    return { kind: 'time', personId: l.personId, hours: String(l.hours), netMinor };
  if (l.kind === 'other') return { kind: 'other', description: l.description, netMinor };
  const [date = '', label = ''] = l.item.split(/\|(.*)/s);
  return { kind: 'fee', item: { date, label }, netMinor };
}

/**
 * A supplier's bill as it reads: for one of the supplier's contracts, the worker hours and
 * other items it asks for, before tax. Our staff enter it; the supplier submits it in its
 * portal (the contracts and workers it sees are its own).
 */
export function BillForm({
  title,
  saving,
  error,
  onSave,
  onClose,
}: {
  title: string;
  saving: boolean;
  error: unknown;
  onSave: (body: BillBody) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const contractId = Form.useWatch('contractId', form);
  const contracts = useContracts({ partyType: 'supplier', limit: 200 });
  const contract = contracts.data?.items.find((c) => c.id === contractId);
  const currency = contract?.currency ?? 'CNY';
  const workers = usePeople({ kind: 'supplier_worker', limit: 200 });
  const ofContract = (workers.data?.items ?? []).filter((p) => p.supplierContractId === contractId);
  return (
    <FormDrawer title={title} form={form} saving={saving} onClose={onClose}>
      <ProblemAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          billDate: dayjs(),
          period: [
            dayjs().subtract(1, 'month').startOf('month'),
            dayjs().subtract(1, 'month').endOf('month'),
          ],
          lines: [{ kind: 'time' }],
        }}
        onFinish={async (v) => {
          await onSave({
            contractId: v.contractId,
            supplierReference: v.supplierReference,
            billDate: day(v.billDate),
            ...(v.dueDate ? { dueDate: day(v.dueDate) } : {}),
            periodFrom: day(v.period[0]),
            periodTo: day(v.period[1]),
            lines: v.lines.map((l) => lineBody(l, currency)),
          });
          onClose();
        }}
      >
        <Form.Item
          name="contractId"
          label={t('bill.contract')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            loading={contracts.isLoading}
            options={(contracts.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.number} · ${c.title} · ${c.currency}`,
            }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="supplierReference"
            label={t('bill.supplierReference')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item
            name="billDate"
            label={t('bill.billDate')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="dueDate" label={t('bill.dueDate')} extra={t('bill.dueDateHint')}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item
          name="period"
          label={t('bill.period')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <DatePicker.RangePicker allowClear={false} />
        </Form.Item>
        <Form.List name="lines">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]}>
                    <Select
                      showSearch
                      optionFilterProp="label"
                      aria-label={t('bill.lineKind')}
                      style={{ width: 130 }}
                      options={(['time', 'fee', 'other'] as const).map((k) => ({
                        value: k,
                        label: t(`bill.lineKinds.${k}`),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() =>
                      form.getFieldValue(['lines', field.name, 'kind']) === 'fee' ? (
                        <Form.Item
                          name={[field.name, 'item']}
                          rules={[{ required: true, message: t('form.required') }]}
                        >
                          <Select
                            aria-label={t('bill.feeItem')}
                            placeholder={t('bill.feeItem')}
                            style={{ width: 260 }}
                            options={(contract?.feeSchedule ?? []).map((f) => ({
                              value: itemKey(f),
                              label: `${f.date} ${f.label}`,
                            }))}
                          />
                        </Form.Item>
                      ) : form.getFieldValue(['lines', field.name, 'kind']) === 'other' ? (
                        <Form.Item
                          name={[field.name, 'description']}
                          rules={[{ required: true, message: t('form.required') }]}
                        >
                          <Input
                            aria-label={t('bill.description')}
                            placeholder={t('bill.description')}
                            style={{ width: 260 }}
                          />
                        </Form.Item>
                      ) : (
                        <Space>
                          <Form.Item
                            name={[field.name, 'personId']}
                            rules={[{ required: true, message: t('form.required') }]}
                          >
                            <Select
                              showSearch
                              optionFilterProp="label"
                              aria-label={t('bill.worker')}
                              placeholder={t('bill.worker')}
                              style={{ width: 180 }}
                              options={ofContract.map((p) => ({ value: p.id, label: p.name }))}
                            />
                          </Form.Item>
                          <Form.Item
                            name={[field.name, 'hours']}
                            rules={[{ required: true, message: t('form.required') }]}
                          >
                            <InputNumber
                              aria-label={t('bill.hours')}
                              placeholder={t('bill.hours')}
                              min={0}
                              precision={2}
                            />
                          </Form.Item>
                        </Space>
                      )
                    }
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'amount']}
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <InputNumber
                      aria-label={t('bill.amount', { currency })}
                      placeholder={t('bill.amount', { currency })}
                      min={0}
                      precision={fractionDigits(currency)}
                      style={{ width: 160 }}
                    />
                  </Form.Item>
                  {fields.length > 1 && (
                    <MinusCircleOutlined
                      aria-label={t('bill.removeLine')}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'other' })}>
                {t('bill.addLine')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </FormDrawer>
  );
}
