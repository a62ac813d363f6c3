import { DatePicker, Form, Input, Select, Space } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { orNull } from '../../../components/form-values';
import {
  type EvaluationDetail,
  evaluationKinds,
  useChangeEvaluations,
  useEvaluationTemplates,
} from '../evaluations-api';

/** Starts an evaluation of a supplier on one of the workspace's active templates. */
export function NewEvaluationDialog({
  supplierId,
  onClose,
  onCreated,
}: {
  supplierId: string;
  onClose: () => void;
  onCreated: (e: EvaluationDetail) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const templates = useEvaluationTemplates();
  const { create } = useChangeEvaluations(supplierId);
  const active = (templates.data ?? []).filter((x) => x.active);
  return (
    <FormDialog
      title={t('evaluation.new')}
      form={form}
      pending={create.isPending}
      error={create.error ?? templates.error}
      onClose={onClose}
      onFinish={async (v: {
        templateId: string;
        kind: 'periodic' | 'ad_hoc';
        periodStart: dayjs.Dayjs;
        periodEnd: dayjs.Dayjs;
        title?: string;
      }) =>
        onCreated(
          await create.mutateAsync({
            templateId: v.templateId,
            kind: v.kind,
            periodStart: v.periodStart.format('YYYY-MM-DD'),
            periodEnd: v.periodEnd.format('YYYY-MM-DD'),
            title: orNull(v.title),
          }),
        )
      }
    >
      {/* Keyed so that the first active template becomes the default once the list arrives. */}
      <Form.Item
        key={active[0]?.id ?? 'loading'}
        name="templateId"
        label={t('evaluation.template')}
        initialValue={active[0]?.id}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Select
          aria-label={t('evaluation.template')}
          options={active.map((x) => ({ value: x.id, label: x.name }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('evaluation.kindLabel')} initialValue="periodic">
        <Select
          options={evaluationKinds.map((k) => ({ value: k, label: t(`evaluation.kind.${k}`) }))}
        />
      </Form.Item>
      <Space wrap>
        {(['periodStart', 'periodEnd'] as const).map((name) => (
          <Form.Item
            key={name}
            name={name}
            label={t(`evaluation.${name}`)}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DatePicker aria-label={t(`evaluation.${name}`)} />
          </Form.Item>
        ))}
      </Space>
      <Form.Item name="title" label={t('evaluation.titleLabel')}>
        <Input />
      </Form.Item>
    </FormDialog>
  );
}
