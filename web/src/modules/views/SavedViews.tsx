import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Modal, Select, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { type SavedView, useChangeViews, useSavedViews } from './api';

/** What of a list's filter a view keeps: every set value except the page. */
function storable(filter: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filter)
      .filter(
        ([k, v]) => k !== 'cursor' && k !== 'limit' && v !== undefined && v !== null && v !== '',
      )
      .map(([k, v]) => [k, String(v)]),
  );
}

/** Pick a saved view of this list, save the current filters as one, or delete your own. */
export function SavedViews<F>({
  list,
  filter,
  onApply,
}: {
  list: string;
  filter: F;
  onApply: (filter: F) => void;
}) {
  const { t } = useTranslation();
  const views = useSavedViews(list);
  const { save, remove } = useChangeViews(list);
  const [current, setCurrent] = useState<SavedView | null>(null);
  const [naming, setNaming] = useState(false);
  const [form] = Form.useForm();
  return (
    <Space.Compact>
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        aria-label={t('view.label')}
        placeholder={t('view.label')}
        style={{ width: 200 }}
        value={current?.id}
        onChange={(id) => {
          const view = views.data?.find((v) => v.id === id) ?? null;
          setCurrent(view);
          onApply((view?.filter ?? {}) as F);
        }}
        options={(views.data ?? []).map((v) => ({
          value: v.id,
          label: v.mine ? v.name : `${v.name} · ${v.author}`,
        }))}
      />
      <Tooltip title={t('view.save')}>
        <Button
          aria-label={t('view.save')}
          icon={<SaveOutlined />}
          onClick={() => setNaming(true)}
        />
      </Tooltip>
      {current?.mine && (
        <Tooltip title={t('view.delete')}>
          <Button
            aria-label={t('view.delete')}
            icon={<DeleteOutlined />}
            onClick={() => remove.mutate(current.id, { onSuccess: () => setCurrent(null) })}
          />
        </Tooltip>
      )}
      {naming && (
        <Modal
          open
          title={t('view.save')}
          onCancel={() => setNaming(false)}
          onOk={() => form.submit()}
          confirmLoading={save.isPending}
        >
          <Form
            form={form}
            layout="vertical"
            onFinish={async (v: { name: string; shared?: boolean }) => {
              const views = await save.mutateAsync({
                name: v.name,
                shared: Boolean(v.shared),
                filter: storable(filter as Record<string, unknown>),
              });
              setCurrent(views.find((x) => x.mine && x.name === v.name) ?? null);
              setNaming(false);
            }}
          >
            <Form.Item
              name="name"
              label={t('view.name')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="shared" valuePropName="checked">
              <Checkbox>{t('view.shared')}</Checkbox>
            </Form.Item>
          </Form>
          <ProblemAlert error={save.error} />
        </Modal>
      )}
    </Space.Compact>
  );
}
