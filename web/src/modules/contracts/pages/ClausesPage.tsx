import {
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../components/FormDrawer';
import { orNull } from '../../../components/form-values';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import {
  type Clause,
  type ClauseFilter,
  clauseCategories,
  useClauses,
  useSaveClause,
} from '../clauses-api';

/** Reusable clauses in Chinese and English, with the obligation each one brings. */
export default function ClausesPage() {
  const { t, i18n } = useTranslation();
  const canWrite = useHasPermission()('contracts:write');
  const [filter, setFilter] = useState<ClauseFilter>({ includeInactive: 'true' });
  const clauses = useClauses(filter);
  const save = useSaveClause();
  const [editing, setEditing] = useState<Clause | 'new' | null>(null);
  const zh = i18n.language === 'zh-CN';
  return (
    <Card
      title={t('clause.library')}
      extra={
        canWrite && (
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('clause.new')}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('clause.search')}
          onSearch={(q) => setFilter((f) => ({ ...f, q: q || undefined }))}
          style={{ width: 240 }}
        />
        <Select
          allowClear
          placeholder={t('clause.categoryLabel')}
          style={{ width: 200 }}
          onChange={(category) => setFilter((f) => ({ ...f, category }))}
          options={clauseCategories.map((c) => ({ value: c, label: t(`clause.category.${c}`) }))}
        />
      </Space>
      <ProblemAlert error={clauses.error ?? save.error} />
      <Table<Clause>
        rowKey="id"
        size="small"
        pagination={false}
        loading={clauses.isFetching}
        dataSource={clauses.data}
        expandable={{
          expandedRowRender: (c) => (
            <Space direction="vertical">
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                {c.textZh}
              </Typography.Paragraph>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                {c.textEn}
              </Typography.Paragraph>
            </Space>
          ),
        }}
        columns={[
          {
            title: t('clause.title'),
            key: 'title',
            render: (_, c) =>
              canWrite ? (
                <Typography.Link onClick={() => setEditing(c)}>
                  {zh ? c.titleZh : c.titleEn}
                </Typography.Link>
              ) : zh ? (
                c.titleZh
              ) : (
                c.titleEn
              ),
          },
          {
            title: t('clause.categoryLabel'),
            dataIndex: 'category',
            render: (v) => <Tag>{t(`clause.category.${v}`)}</Tag>,
          },
          {
            title: t('clause.obligation'),
            key: 'obligation',
            render: (_, c) =>
              c.obligationDueDays === null
                ? '—'
                : t('clause.obligationDue', {
                    obligation: zh ? c.obligationZh : c.obligationEn,
                    days: c.obligationDueDays,
                  }),
          },
          {
            title: t('evaluation.active'),
            dataIndex: 'active',
            render: (active: boolean, c) => (
              <Switch
                checked={active}
                disabled={!canWrite}
                onChange={(on) =>
                  save.mutate({ id: c.id, version: c.version, body: { active: on } })
                }
              />
            ),
          },
        ]}
      />
      {editing && (
        <ClauseForm clause={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Card>
  );
}

type ClauseValues = Omit<Clause, 'id' | 'version' | 'active'>;

function ClauseForm({ clause, onClose }: { clause: Clause | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ClauseValues>();
  const save = useSaveClause();
  const required = [{ required: true, message: t('form.required') }];
  return (
    <FormDrawer
      title={clause ? clause.titleEn : t('clause.new')}
      form={form}
      saving={save.isPending}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={clause ?? { category: 'confidentiality' }}
        onFinish={async (v) => {
          const body = {
            ...v,
            obligationZh: orNull(v.obligationZh),
            obligationEn: orNull(v.obligationEn),
            obligationDueDays: v.obligationDueDays ?? null,
          };
          await save.mutateAsync(
            clause ? { id: clause.id, version: clause.version, body } : { body },
          );
          onClose();
        }}
      >
        <Form.Item name="category" label={t('clause.categoryLabel')}>
          <Select
            options={clauseCategories.map((c) => ({ value: c, label: t(`clause.category.${c}`) }))}
          />
        </Form.Item>
        <Form.Item name="titleZh" label={t('clause.titleZh')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="textZh" label={t('clause.textZh')} rules={required}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="titleEn" label={t('clause.titleEn')} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="textEn" label={t('clause.textEn')} rules={required}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Typography.Paragraph type="secondary">{t('clause.obligationHelp')}</Typography.Paragraph>
        <Form.Item name="obligationZh" label={t('clause.obligationZh')}>
          <Input />
        </Form.Item>
        <Form.Item name="obligationEn" label={t('clause.obligationEn')}>
          <Input />
        </Form.Item>
        <Form.Item name="obligationDueDays" label={t('clause.obligationDueDays')}>
          <InputNumber min={0} max={3650} />
        </Form.Item>
      </Form>
      <ProblemAlert error={save.error} />
    </FormDrawer>
  );
}
