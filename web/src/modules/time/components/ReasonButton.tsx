import { Button, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that asks why before it acts: rejecting or reversing a week. */
export function ReasonButton({
  label,
  title,
  danger,
  onConfirm,
}: {
  label: string;
  title: string;
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
          aria-label={t('time.reason')}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}
