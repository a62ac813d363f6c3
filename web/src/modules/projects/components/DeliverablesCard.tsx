import { Button, Card, DatePicker, Form, Input, Select, Space, Table } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ReasonButton } from '../../../components/ReasonButton';
import { DocumentsCard } from '../../documents/DocumentsCard';
import { useMilestones } from '../api';
import { type Deliverable, useChangeDeliverables, useDeliverables } from '../deliveries-api';
import { DeliverableStatus, deliverableCategories } from './DeliverableParts';

/**
 * What the project hands the client, each with the criteria it is accepted by. Submitting one
 * sends it to the client portal; the client's decision, comment and rejections show here.
 */
export function DeliverablesCard({
  projectId,
  canWrite,
}: {
  projectId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const list = useDeliverables(projectId);
  const milestones = useMilestones(projectId);
  const { add, submit } = useChangeDeliverables(projectId);
  const [form] = Form.useForm();
  const path = (d: Deliverable) => `/api/v1/projects/${projectId}/deliverables/${d.id}`;
  return (
    <Card title={t('project.deliverables')} size="small">
      {canWrite && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          onFinish={async (v: {
            name: string;
            acceptanceCriteria: string;
            dueDate: dayjs.Dayjs;
            milestoneId?: string;
          }) => {
            await add.mutateAsync({
              ...v,
              dueDate: v.dueDate.format('YYYY-MM-DD'),
              milestoneId: v.milestoneId ?? null,
            });
            form.resetFields();
          }}
        >
          <Form.Item name="name" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('project.deliverable')} aria-label={t('project.deliverable')} />
          </Form.Item>
          <Form.Item
            name="acceptanceCriteria"
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input
              placeholder={t('project.acceptanceCriteria')}
              aria-label={t('project.acceptanceCriteria')}
              style={{ width: 280 }}
            />
          </Form.Item>
          <Form.Item name="dueDate" rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker placeholder={t('project.due')} aria-label={t('project.deliverableDue')} />
          </Form.Item>
          <Form.Item name="milestoneId">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder={t('project.completesMilestone')}
              aria-label={t('project.completesMilestone')}
              style={{ width: 200 }}
              options={milestones.data?.map((m) => ({ value: m.id, label: m.name }))}
            />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('project.addDeliverable')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={list.error ?? add.error ?? submit.error} />
      <Table<Deliverable>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={list.data}
        expandable={{
          expandedRowRender: (d) => (
            <Space direction="vertical" style={{ width: '100%' }}>
              <span>{d.acceptanceCriteria}</span>
              {d.decisionComment && (
                <span>
                  {t('project.clientComment')}: {d.decisionComment}
                </span>
              )}
              <DocumentsCard
                basePath={path(d)}
                categories={deliverableCategories}
                canWrite={canWrite && (d.status === 'planned' || d.status === 'rejected')}
                title={t('project.deliverableFiles')}
              />
            </Space>
          ),
        }}
        columns={[
          { title: t('project.deliverable'), dataIndex: 'name' },
          { title: t('project.due'), dataIndex: 'dueDate' },
          {
            title: t('project.milestone'),
            key: 'milestone',
            render: (_, d) => d.milestone?.name ?? '—',
          },
          {
            title: t('client.statusLabel'),
            key: 'status',
            render: (_, d) => <DeliverableStatus status={d.status} />,
          },
          { title: t('project.rejections'), dataIndex: 'rejectionCount', align: 'right' },
          {
            key: 'submit',
            render: (_, d) =>
              canWrite &&
              (d.status === 'planned' || d.status === 'rejected') && (
                <ReasonButton
                  label={t('project.submitDeliverable')}
                  title={t('project.submitNote')}
                  field={t('project.note')}
                  onConfirm={(note) => submit.mutateAsync({ id: d.id, version: d.version, note })}
                />
              ),
          },
        ]}
      />
    </Card>
  );
}
