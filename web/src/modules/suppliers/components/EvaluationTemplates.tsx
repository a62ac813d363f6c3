import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Space, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../components/FormDrawer';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  type EvaluationTemplate,
  useEvaluationTemplates,
  useSaveTemplate,
} from '../evaluations-api';

/** The five criteria most outsourcing buyers score on, as a starting point. */
const standardCriteria = [
  ['quality', 30],
  ['delivery', 25],
  ['cost', 15],
  ['service', 15],
  ['compliance', 15],
] as const;

type Editing = EvaluationTemplate | 'new' | null;

/** The workspace's evaluation templates: weighted criteria with guidance, on or off. */
export function EvaluationTemplates({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const list = useEvaluationTemplates();
  const save = useSaveTemplate();
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <>
      {editable && (
        <Button style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>
          {t('evaluation.newTemplate')}
        </Button>
      )}
      <ProblemAlert error={list.error ?? save.error} />
      <Table<EvaluationTemplate>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isFetching}
        dataSource={list.data}
        columns={[
          {
            title: t('evaluation.template'),
            dataIndex: 'name',
            render: (name, x) =>
              editable ? (
                <Typography.Link onClick={() => setEditing(x)}>{name}</Typography.Link>
              ) : (
                name
              ),
          },
          {
            title: t('evaluation.criteria'),
            key: 'criteria',
            render: (_, x) => x.criteria.map((c) => `${c.name} ${c.weight}%`).join(' · '),
          },
          {
            title: t('evaluation.active'),
            dataIndex: 'active',
            render: (active: boolean, x) => (
              <Switch
                checked={active}
                disabled={!editable}
                aria-label={`${t('evaluation.active')} ${x.name}`}
                onChange={(on) =>
                  save.mutate({ id: x.id, version: x.version, body: { active: on } })
                }
              />
            ),
          },
        ]}
      />
      {editing && (
        <TemplateForm
          template={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function TemplateForm({
  template,
  onClose,
}: {
  template: EvaluationTemplate | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useSaveTemplate();
  const criteria = Form.useWatch('criteria', form) as { weight?: number }[] | undefined;
  const total = (criteria ?? []).reduce((sum, c) => sum + (c?.weight ?? 0), 0);
  const initial = template ?? {
    name: t('evaluation.standardName'),
    criteria: standardCriteria.map(([key, weight]) => ({
      name: t(`evaluation.standard.${key}`),
      weight,
      guidance: t(`evaluation.standardGuidance.${key}`),
    })),
  };
  return (
    <FormDrawer
      title={template ? template.name : t('evaluation.newTemplate')}
      form={form}
      saving={save.isPending}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={async (v: {
          name: string;
          criteria: { name: string; weight: number; guidance?: string }[];
        }) => {
          const body = {
            name: v.name,
            criteria: v.criteria.map((c) => ({ ...c, guidance: c.guidance || null })),
          };
          await save.mutateAsync(
            template ? { id: template.id, version: template.version, body } : { body },
          );
          onClose();
        }}
      >
        <Form.Item
          name="name"
          label={t('evaluation.template')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.List name="criteria">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item
                    name={[f.name, 'name']}
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <Input
                      placeholder={t('evaluation.criterion')}
                      aria-label={t('evaluation.criterion')}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'weight']}
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <InputNumber min={1} max={100} suffix="%" aria-label={t('evaluation.weight')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'guidance']}>
                    <Input placeholder={t('evaluation.guidance')} style={{ width: 280 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ weight: 10 })}>
                {t('evaluation.addCriterion')}
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Paragraph
          type={total === 100 ? 'secondary' : 'danger'}
          style={{ marginTop: 12 }}
        >
          {t('evaluation.weightTotal', { total })}
        </Typography.Paragraph>
      </Form>
      <ProblemAlert error={save.error} />
    </FormDrawer>
  );
}
