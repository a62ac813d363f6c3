import { Button, Form, InputNumber, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { deleteColumn } from '../../../components/DeleteButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Sla, slaMetrics, slaPriorities, useAddSla, useRemoveSla, useSlas } from '../api';

/** How a target reads: hours and minutes for times, a percentage or a score otherwise. */
export function SlaTarget({ sla }: { sla: Pick<Sla, 'target' | 'unit'> }) {
  const { t } = useTranslation();
  if (sla.unit === 'minutes') return <>{t('sla.minutes', { count: sla.target })}</>;
  return <>{sla.unit === 'percent' ? `${sla.target}%` : `${sla.target} / 5`}</>;
}

/** A contract's service levels, with the credit each miss earns; editable on a draft. */
export function SlaTable({ contractId, editable }: { contractId: string; editable: boolean }) {
  const { t } = useTranslation();
  const slas = useSlas(contractId);
  const add = useAddSla(contractId);
  const remove = useRemoveSla(contractId);
  const [form] = Form.useForm();
  const metric = Form.useWatch('metric', form);
  const timed = metric === 'first_response_time' || metric === 'resolution_time';
  return (
    <>
      {editable && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{
            metric: 'resolution_time',
            priority: 'p1',
            measurementWindow: 'month',
            creditPercent: 0,
            creditCapPercent: 0,
          }}
          onFinish={async (v) => {
            await add.mutateAsync({
              metric: v.metric,
              priority: timed ? v.priority : null,
              target: v.target,
              measurementWindow: v.measurementWindow,
              creditPercent: v.creditPercent,
              creditCapPercent: v.creditCapPercent,
            });
            form.resetFields(['target']);
          }}
        >
          <Form.Item name="metric">
            <Select
              aria-label={t('sla.metricLabel')}
              style={{ width: 190 }}
              options={slaMetrics.map((m) => ({ value: m, label: t(`sla.metric.${m}`) }))}
            />
          </Form.Item>
          {timed && (
            <Form.Item name="priority">
              <Select
                style={{ width: 80 }}
                options={slaPriorities.map((p) => ({ value: p, label: p.toUpperCase() }))}
              />
            </Form.Item>
          )}
          <Form.Item name="target" rules={[{ required: true, message: t('form.required') }]}>
            <InputNumber
              min={0}
              aria-label={t('sla.target')}
              placeholder={t('sla.target')}
              suffix={timed ? t('sla.minuteUnit') : metric === 'csat' ? '/5' : '%'}
              style={{ width: 150 }}
            />
          </Form.Item>
          <Form.Item name="measurementWindow">
            <Select
              style={{ width: 110 }}
              options={['month', 'quarter'].map((w) => ({ value: w, label: t(`sla.window.${w}`) }))}
            />
          </Form.Item>
          <Form.Item name="creditPercent" label={t('sla.credit')}>
            <InputNumber min={0} max={100} suffix="%" style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="creditCapPercent" label={t('sla.cap')}>
            <InputNumber min={0} max={100} suffix="%" style={{ width: 90 }} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('sla.add')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={slas.error ?? add.error ?? remove.error} />
      <Table<Sla>
        rowKey="id"
        size="small"
        loading={slas.isFetching}
        dataSource={slas.data}
        pagination={false}
        columns={[
          {
            title: t('sla.metricLabel'),
            key: 'metric',
            render: (_, s) => (
              <>
                {t(`sla.metric.${s.metric}`)} {s.priority && <Tag>{s.priority.toUpperCase()}</Tag>}
                {s.sourceSlaId && <Tag color="purple">{t('sla.flowedDown')}</Tag>}
              </>
            ),
          },
          { title: t('sla.target'), key: 'target', render: (_, s) => <SlaTarget sla={s} /> },
          {
            title: t('sla.windowLabel'),
            dataIndex: 'measurementWindow',
            render: (w) => t(`sla.window.${w}`),
          },
          {
            title: t('sla.credit'),
            key: 'credit',
            render: (_, s) =>
              t('sla.creditRule', { percent: s.creditPercent, cap: s.creditCapPercent }),
          },
          ...deleteColumn<Sla>(editable, (id) => remove.mutate(id)),
        ]}
      />
    </>
  );
}
