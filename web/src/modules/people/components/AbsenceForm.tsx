import { Button, DatePicker, Form, Input, Select } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type AbsenceBody, absenceKinds } from '../availability-api';

/** One line to enter an absence: its kind, its days, and a note. */
export function AbsenceForm({
  onSubmit,
  saving,
  label,
}: {
  onSubmit: (body: AbsenceBody) => Promise<unknown>;
  saving: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <Form
      form={form}
      layout="inline"
      style={{ marginBottom: 12, rowGap: 8 }}
      initialValues={{ kind: 'leave' }}
      onFinish={async (v: {
        kind: AbsenceBody['kind'];
        days: [dayjs.Dayjs, dayjs.Dayjs];
        note?: string;
      }) => {
        await onSubmit({
          kind: v.kind,
          startDate: v.days[0].format('YYYY-MM-DD'),
          endDate: v.days[1].format('YYYY-MM-DD'),
          note: v.note?.trim() || null,
        });
        form.resetFields();
      }}
    >
      <Form.Item name="kind">
        <Select
          showSearch
          optionFilterProp="label"
          aria-label={t('absence.kindLabel')}
          style={{ width: 130 }}
          options={absenceKinds.map((k) => ({ value: k, label: t(`absence.kind.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="days" rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker.RangePicker aria-label={t('absence.days')} />
      </Form.Item>
      <Form.Item name="note">
        <Input placeholder={t('absence.note')} style={{ width: 200 }} />
      </Form.Item>
      <Button htmlType="submit" loading={saving}>
        {label}
      </Button>
    </Form>
  );
}
