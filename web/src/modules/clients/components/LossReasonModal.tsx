import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

/** Closing as lost asks why: the reason feeds later win/loss analysis. */
export function LossReasonModal({
  onOk,
  onCancel,
}: {
  onOk: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <Modal open title={t('opportunity.lossReason')} onCancel={onCancel} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={(v) => onOk(v.reason)}>
        <Form.Item
          name="reason"
          label={t('opportunity.lossReasonLabel')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
