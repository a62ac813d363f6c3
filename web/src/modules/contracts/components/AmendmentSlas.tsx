import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Sla, slaMetrics, slaPriorities, useSlas } from '../api';

export type SlaValues = Pick<
  Sla,
  'metric' | 'priority' | 'target' | 'measurementWindow' | 'creditPercent' | 'creditCapPercent'
>;

/** The parts of an SLA an amendment sets. */
const editable = (s: Sla): SlaValues => ({
  metric: s.metric,
  priority: s.priority,
  target: s.target,
  measurementWindow: s.measurementWindow,
  creditPercent: s.creditPercent,
  creditCapPercent: s.creditCapPercent,
});

/**
 * The SLA part of an amendment: ticking it starts from the contract's SLAs as they are, and
 * what is left in the list replaces them when the amendment is signed.
 */
export function AmendmentSlas({ contractId }: { contractId: string }) {
  const { t } = useTranslation();
  const current = useSlas(contractId);
  const form = Form.useFormInstance();
  const changing = Form.useWatch('changeSlas', form);
  return (
    <>
      <Form.Item name="changeSlas" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox
          onChange={(e) => {
            if (e.target.checked && !form.getFieldValue('slas')) {
              form.setFieldValue('slas', (current.data ?? []).map(editable));
            }
          }}
        >
          {t('amendment.changeSlas')}
        </Checkbox>
      </Form.Item>
      {changing && (
        <Form.List name="slas">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'metric']}>
                    <Select
                      style={{ width: 190 }}
                      aria-label={t('sla.metricLabel')}
                      options={slaMetrics.map((m) => ({ value: m, label: t(`sla.metric.${m}`) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'priority']}>
                    <Select
                      allowClear
                      style={{ width: 90 }}
                      placeholder={t('sla.priority')}
                      options={slaPriorities.map((p) => ({ value: p, label: p.toUpperCase() }))}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'target']}
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <InputNumber
                      min={0}
                      aria-label={t('sla.target')}
                      placeholder={t('sla.target')}
                    />
                  </Form.Item>
                  <MinusCircleOutlined
                    aria-label={t('common.delete')}
                    onClick={() => remove(f.name)}
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() =>
                  add({
                    metric: 'resolution_time',
                    measurementWindow: 'month',
                    creditPercent: 0,
                    creditCapPercent: 0,
                  })
                }
              >
                {t('amendment.addSla')}
              </Button>
            </>
          )}
        </Form.List>
      )}
    </>
  );
}

/** The amendment's `slas` change when the box is ticked. */
export const slaChanges = (v: { changeSlas?: boolean; slas?: SlaValues[] }) =>
  v.changeSlas
    ? {
        slas: (v.slas ?? []).map((s) => ({
          ...s,
          priority: s.priority ?? null,
          measurementWindow: s.measurementWindow ?? 'month',
          creditPercent: s.creditPercent ?? 0,
          creditCapPercent: s.creditCapPercent ?? 0,
        })),
      }
    : {};
