import { Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { ProblemAlert } from './ProblemAlert';

/** A dialog around one form: OK submits it, errors show under it. */
export function FormDialog({
  title,
  form,
  pending,
  error,
  onClose,
  onFinish,
  children,
}: {
  title: string;
  form: ReturnType<typeof Form.useForm>[0];
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onFinish: (values: never) => Promise<unknown>;
  children: ReactNode;
}) {
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          await onFinish(v as never);
          onClose();
        }}
      >
        {children}
      </Form>
      <ProblemAlert error={error} />
    </Modal>
  );
}
