import { Button, DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Ticket, useLogWork } from '../api';

type Values = { day: dayjs.Dayjs; hours: number; note?: string };

/** Logs the caller's work on a ticket as time on their timesheet. */
export function LogWorkButton({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const logWork = useLogWork();
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        {t('ticket.logWork')}
      </Button>
      <Modal
        open={open}
        title={t('ticket.logWorkTitle')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={logWork.isPending}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ day: dayjs(), hours: 1 }}
          onFinish={async (v) => {
            await logWork.mutateAsync({
              id: ticket.id,
              day: v.day.format('YYYY-MM-DD'),
              hours: v.hours,
              billable: true,
              note: v.note || null,
            });
            setOpen(false);
            form.resetFields();
          }}
        >
          <Form.Item name="day" label={t('ticket.workDay')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="hours" label={t('ticket.workHours')} rules={[{ required: true }]}>
            <InputNumber min={0.25} max={24} step={0.25} />
          </Form.Item>
          <Form.Item name="note" label={t('ticket.workNote')} extra={t('ticket.logWorkHint')}>
            <Input maxLength={400} />
          </Form.Item>
          <ProblemAlert error={logWork.error} />
        </Form>
      </Modal>
    </>
  );
}
