import { Button, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that asks for a text before it acts: why a week is rejected, what is handed over. */
export function ReasonButton({
  label,
  title,
  field,
  danger,
  onConfirm,
}: {
  label: string;
  title: string;
  /** The text box's name; "Reason" when not given. */
  field?: string;
  danger?: boolean;
  onConfirm: (reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  return (
    <>
      <Button size="small" danger={danger} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal
        open={open}
        title={title}
        okText={label}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: !reason.trim(), danger }}
        onCancel={() => setOpen(false)}
        onOk={async () => {
          await onConfirm(reason.trim());
          setOpen(false);
          setReason('');
        }}
      >
        <Input.TextArea
          aria-label={field ?? t('common.reason')}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
