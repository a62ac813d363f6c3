import { Button, Dropdown, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Supplier, type SupplierStatus, useChangeSupplierStatus } from '../api';

/** Offers the moves the server allows; those that need a reason ask for it first. */
export function StatusChange({ supplier }: { supplier: Supplier }) {
  const { t } = useTranslation();
  const change = useChangeSupplierStatus();
  const [asking, setAsking] = useState<SupplierStatus | null>(null);
  const [form] = Form.useForm();
  const go = (status: SupplierStatus, reason?: string) =>
    change.mutate({
      id: supplier.id,
      version: supplier.version,
      status,
      ...(reason ? { reason } : {}),
    });
  return (
    <>
      <Dropdown
        trigger={['click']}
        disabled={supplier.transitions.length === 0}
        menu={{
          items: supplier.transitions.map((x) => ({
            key: x.status,
            label: t(`supplier.status.${x.status}`),
            danger: x.status === 'blacklisted',
          })),
          onClick: (e) => {
            const target = supplier.transitions.find((x) => x.status === e.key);
            if (target?.needsReason) setAsking(target.status);
            else if (target) go(target.status);
          },
        }}
      >
        <Button>{t('supplier.changeStatus')}</Button>
      </Dropdown>
      <ProblemAlert error={change.error} />
      {asking && (
        <Modal
          open
          title={t(`supplier.status.${asking}`)}
          onCancel={() => setAsking(null)}
          onOk={() => form.submit()}
        >
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) => {
              go(asking, v.reason);
              setAsking(null);
              form.resetFields();
            }}
          >
            <Form.Item
              name="reason"
              label={t('supplier.reason')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input.TextArea rows={3} autoFocus />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </>
  );
}
