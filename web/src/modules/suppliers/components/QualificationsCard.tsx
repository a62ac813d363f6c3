import { Button, Card, Checkbox, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { deleteColumn } from '../../../components/DeleteButton';
import { orNull } from '../../../components/form-values';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { DocumentsCard } from '../../documents/DocumentsCard';
import {
  type Qualification,
  qualificationDocumentCategories,
  qualificationKinds,
  useChangeQualifications,
  useQualifications,
} from '../api';

const statusColor = { valid: 'green', expiring: 'orange', expired: 'red' } as const;

/** Certifications, licences and insurance with their validity; the supplier portal adds its own. */
export function QualificationsCard({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const can = useHasPermission();
  const list = useQualifications(supplierId);
  const { add, remove } = useChangeQualifications(supplierId);
  const [form] = Form.useForm();
  const canAdd = can('suppliers:profile') || can('suppliers:write');
  const internal = can('suppliers:write');
  return (
    <Card title={t('qualification.title')}>
      {canAdd && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{ kind: 'iso27001', mandatory: false }}
          onFinish={async (v) => {
            await add.mutateAsync({
              kind: v.kind,
              name: v.name,
              number: orNull(v.number),
              issuer: orNull(v.issuer),
              validFrom: v.validFrom ? v.validFrom.format('YYYY-MM-DD') : null,
              validTo: v.validTo ? v.validTo.format('YYYY-MM-DD') : null,
              mandatory: Boolean(v.mandatory),
            });
            form.resetFields();
          }}
        >
          <Form.Item name="kind">
            <Select
              aria-label={t('qualification.kindLabel')}
              style={{ width: 150 }}
              options={qualificationKinds.map((k) => ({
                value: k,
                label: t(`qualification.kind.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="name" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('qualification.name')} aria-label={t('qualification.name')} />
          </Form.Item>
          <Form.Item name="number">
            <Input placeholder={t('qualification.number')} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="issuer">
            <Input placeholder={t('qualification.issuer')} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="validFrom">
            <DatePicker placeholder={t('qualification.validFrom')} />
          </Form.Item>
          <Form.Item name="validTo">
            <DatePicker
              placeholder={t('qualification.validTo')}
              aria-label={t('qualification.validTo')}
            />
          </Form.Item>
          {internal && (
            <Form.Item name="mandatory" valuePropName="checked">
              <Checkbox>{t('qualification.mandatory')}</Checkbox>
            </Form.Item>
          )}
          <Button htmlType="submit" loading={add.isPending}>
            {t('qualification.add')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={list.error ?? add.error ?? remove.error} />
      <Table<Qualification>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data}
        pagination={false}
        expandable={{
          expandedRowRender: (q) => (
            <DocumentsCard
              title={t('document.files')}
              basePath={`/api/v1/suppliers/${supplierId}/qualifications/${q.id}`}
              categories={qualificationDocumentCategories}
              canWrite={canAdd}
            />
          ),
        }}
        columns={[
          {
            title: t('qualification.name'),
            key: 'name',
            render: (_, q) => (
              <>
                {q.name} {q.mandatory && <Tag>{t('qualification.mandatory')}</Tag>}
              </>
            ),
          },
          {
            title: t('qualification.kindLabel'),
            dataIndex: 'kind',
            render: (k) => t(`qualification.kind.${k}`),
          },
          { title: t('qualification.number'), dataIndex: 'number', render: (v) => v ?? '—' },
          { title: t('qualification.issuer'), dataIndex: 'issuer', render: (v) => v ?? '—' },
          {
            title: t('qualification.validity'),
            key: 'validity',
            render: (_, q) => `${q.validFrom ?? '…'} – ${q.validTo ?? '…'}`,
          },
          {
            title: t('client.statusLabel'),
            dataIndex: 'status',
            render: (s: Qualification['status']) => (
              <Tag color={statusColor[s]}>{t(`qualification.status.${s}`)}</Tag>
            ),
          },
          ...deleteColumn<Qualification>(internal, (id) => remove.mutate(id)),
        ]}
      />
    </Card>
  );
}
