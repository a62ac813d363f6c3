import { Button, Card, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { useCalendars, useCreateCalendar } from '../api';
import { CalendarCard } from '../components/CalendarCard';
import { officeWeek } from '../components/week-hours';

const zones = Intl.supportedValuesOf('timeZone');

/** Working calendars: business hours, holidays and make-up days that SLA clocks run on. */
export default function CalendarsPage() {
  const { t } = useTranslation();
  const editable = useHasPermission()('settings:write');
  const calendars = useCalendars();
  const [creating, setCreating] = useState(false);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('nav.calendars')}
        extra={
          editable && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('calendar.new')}
            </Button>
          )
        }
      >
        {t('calendar.intro')}
        <ProblemAlert error={calendars.error} />
      </Card>
      {calendars.data?.map((c) => (
        <CalendarCard key={`${c.id}-${c.version}`} calendar={c} editable={editable} />
      ))}
      {creating && <NewCalendar onClose={() => setCreating(false)} />}
    </Space>
  );
}

function NewCalendar({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const create = useCreateCalendar();
  return (
    <Modal
      open
      title={t('calendar.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
    >
      <Form
        form={form}
        name="new-calendar"
        layout="vertical"
        initialValues={{ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }}
        onFinish={async (v) => {
          await create.mutateAsync({ name: v.name, timeZone: v.timeZone, week: officeWeek });
          onClose();
        }}
      >
        <Form.Item
          name="name"
          label={t('qualification.name')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="timeZone" label={t('profile.timeZone')}>
          <Select showSearch options={zones.map((z) => ({ value: z, label: z }))} />
        </Form.Item>
      </Form>
      <ProblemAlert error={create.error} />
    </Modal>
  );
}
