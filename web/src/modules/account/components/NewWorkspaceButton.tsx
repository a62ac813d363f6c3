import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import type { Me } from '../../auth/api';
import { type NewWorkspace, useCreateWorkspace } from '../api';

/** Opens a workspace of one's own; once created, the app moves into it. */
export function NewWorkspaceButton({ me, onCreated }: { me: Me; onCreated: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm();
  const create = useCreateWorkspace();
  const zones = useMemo(
    () => ['UTC', ...Intl.supportedValuesOf('timeZone')].map((z) => ({ value: z, label: z })),
    [],
  );
  const currencies = useMemo(
    () => Intl.supportedValuesOf('currency').map((c) => ({ value: c, label: c })),
    [],
  );
  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('layout.newWorkspace')}
      </Button>
      {open && (
        <FormDialog
          title={t('layout.newWorkspace')}
          form={form}
          pending={create.isPending}
          error={create.error}
          onClose={() => setOpen(false)}
          onFinish={async (values: NewWorkspace) => {
            await create.mutateAsync(values);
            onCreated();
          }}
        >
          <Form.Item
            name="name"
            label={t('layout.workspaceName')}
            rules={[{ required: true, whitespace: true, max: 100 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="baseCurrency"
            label={t('layout.baseCurrency')}
            initialValue="CNY"
            rules={[{ required: true }]}
            extra={t('layout.baseCurrencyHint')}
          >
            <Select showSearch options={currencies} />
          </Form.Item>
          <Form.Item name="locale" label={t('profile.language')} initialValue={me.user.locale}>
            <Select
              options={[
                { value: 'zh-CN', label: '简体中文' },
                { value: 'en-US', label: 'English' },
              ]}
            />
          </Form.Item>
          <Form.Item name="timeZone" label={t('profile.timeZone')} initialValue={me.user.timeZone}>
            <Select showSearch options={zones} />
          </Form.Item>
        </FormDialog>
      )}
    </>
  );
}
