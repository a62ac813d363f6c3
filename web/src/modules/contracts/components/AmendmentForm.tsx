import { DatePicker, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { toMinor } from '../../../components/money';
import { PositionSelect } from '../../settings/components/PositionSelect';
import { type Contract, seniorities, useCreateAmendment } from '../api';
import { AmendmentSlas, type SlaValues, slaChanges } from './AmendmentSlas';

type Values = {
  title: string;
  reason: string;
  value?: number;
  endDate?: dayjs.Dayjs;
  noticeDays?: number;
  scope?: string;
  positionId?: string;
  seniority?: (typeof seniorities)[number];
  unit?: 'hour' | 'day';
  rate?: number;
  effectiveFrom?: dayjs.Dayjs;
  changeSlas?: boolean;
  slas?: SlaValues[];
};

/**
 * Drafts an amendment: only the fields filled in change; a new rate adds a version to the card;
 * ticked SLAs replace the contract's.
 */
export function AmendmentForm({ contract, onClose }: { contract: Contract; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const create = useCreateAmendment(contract.id);
  const toChanges = (v: Values) => ({
    ...(v.value != null ? { valueMinor: toMinor(v.value, contract.currency) } : {}),
    ...(v.endDate ? { endDate: v.endDate.format('YYYY-MM-DD') } : {}),
    ...(v.noticeDays != null ? { noticeDays: v.noticeDays } : {}),
    ...(v.scope ? { scope: v.scope } : {}),
    ...(v.positionId && v.rate != null && v.effectiveFrom
      ? {
          rates: [
            {
              positionId: v.positionId,
              seniority: v.seniority ?? 'senior',
              unit: v.unit ?? 'hour',
              rateMinor: toMinor(v.rate, contract.currency),
              effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
            },
          ],
        }
      : {}),
    ...slaChanges(v),
  });
  return (
    <FormDialog
      title={t('amendment.new')}
      form={form}
      pending={create.isPending}
      error={create.error}
      onClose={onClose}
      onFinish={(v: Values) =>
        create.mutateAsync({ title: v.title, reason: v.reason, changes: toChanges(v) })
      }
    >
      <Form.Item
        name="title"
        label={t('contract.title')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('amendment.reason')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('amendment.hint')}</Typography.Paragraph>
      <Space wrap>
        <Form.Item name="value" label={t('contract.value')}>
          <InputNumber min={0} suffix={contract.currency} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="endDate" label={t('contract.endDate')}>
          <DatePicker aria-label={t('contract.endDate')} />
        </Form.Item>
        <Form.Item name="noticeDays" label={t('contract.noticeDays')}>
          <InputNumber min={0} max={3650} style={{ width: 120 }} />
        </Form.Item>
      </Space>
      <Form.Item name="scope" label={t('contract.scope')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Typography.Text strong>{t('amendment.newRate')}</Typography.Text>
      <Space wrap>
        <Form.Item name="positionId">
          <PositionSelect allowClear />
        </Form.Item>
        <Form.Item name="seniority" initialValue="senior">
          <Select
            style={{ width: 120 }}
            options={seniorities.map((s) => ({ value: s, label: t(`rate.seniority.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="rate">
          <InputNumber
            min={0}
            placeholder={t('rate.rate')}
            aria-label={t('rate.rate')}
            suffix={contract.currency}
          />
        </Form.Item>
        <Form.Item name="unit" initialValue="hour">
          <Select
            style={{ width: 90 }}
            options={[
              { value: 'hour', label: t('rate.unit.hour') },
              { value: 'day', label: t('rate.unit.day') },
            ]}
          />
        </Form.Item>
        <Form.Item name="effectiveFrom">
          <DatePicker placeholder={t('rate.effectiveFrom')} aria-label={t('rate.effectiveFrom')} />
        </Form.Item>
      </Space>
      <AmendmentSlas contractId={contract.id} />
    </FormDialog>
  );
}
