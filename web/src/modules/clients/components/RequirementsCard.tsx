import { Button, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useContracts } from '../../contracts/api';
import { useOpportunities } from '../opportunities-api';
import {
  type Requirement,
  requirementPriorities,
  requirementSources,
  requirementStatuses,
  useRequirements,
  useSaveRequirement,
} from '../requirements-api';

const priorityColor = { low: 'default', medium: 'blue', high: 'orange', critical: 'red' } as const;

/** The client's needs with their priority, status and the deal or contract they led to. */
export function RequirementsCard({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const requirements = useRequirements(clientId);
  const [editing, setEditing] = useState<Requirement | 'new' | null>(null);
  return (
    <>
      {canWrite && (
        <Button type="primary" style={{ marginBottom: 12 }} onClick={() => setEditing('new')}>
          {t('requirement.new')}
        </Button>
      )}
      <ProblemAlert error={requirements.error} />
      <Table<Requirement>
        rowKey="id"
        size="small"
        loading={requirements.isFetching}
        dataSource={requirements.data?.items}
        pagination={false}
        expandable={{
          rowExpandable: (r) => r.description !== '',
          expandedRowRender: (r) => <p style={{ whiteSpace: 'pre-wrap' }}>{r.description}</p>,
        }}
        columns={[
          { title: t('client.number'), dataIndex: 'number', width: 110 },
          {
            title: t('contract.title'),
            dataIndex: 'title',
            render: (v: string, r) =>
              canWrite ? (
                <Button type="link" style={{ padding: 0 }} onClick={() => setEditing(r)}>
                  {v}
                </Button>
              ) : (
                v
              ),
          },
          {
            title: t('requirement.priorityLabel'),
            dataIndex: 'priority',
            render: (p: Requirement['priority']) => (
              <Tag color={priorityColor[p]}>{t(`requirement.priority.${p}`)}</Tag>
            ),
          },
          {
            title: t('client.statusLabel'),
            dataIndex: 'status',
            render: (s) => t(`requirement.status.${s}`),
          },
          {
            title: t('requirement.sourceLabel'),
            dataIndex: 'source',
            render: (s) => t(`requirement.source.${s}`),
          },
          {
            title: t('requirement.linked'),
            key: 'linked',
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                {r.opportunity && `${r.opportunity.number} ${r.opportunity.title}`}
                {r.contract && (
                  <Link
                    to={`/contracts/${r.contract.id}`}
                  >{`${r.contract.number} ${r.contract.title}`}</Link>
                )}
              </Space>
            ),
          },
          {
            title: t('common.createdAt'),
            dataIndex: 'createdAt',
            render: (v) => <DateTime value={v} />,
          },
        ]}
      />
      {editing && (
        <RequirementForm
          clientId={clientId}
          requirement={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function RequirementForm({
  clientId,
  requirement,
  onClose,
}: {
  clientId: string;
  requirement: Requirement | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useSaveRequirement(clientId);
  const opportunities = useOpportunities({ clientId, limit: 200 });
  const contracts = useContracts({ clientId, limit: 200 });
  return (
    <Modal
      open
      title={requirement ? `${requirement.number} ${requirement.title}` : t('requirement.new')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: requirement?.title,
          description: requirement?.description ?? '',
          priority: requirement?.priority ?? 'medium',
          status: requirement?.status ?? 'new',
          source: requirement?.source ?? 'meeting',
          opportunityId: requirement?.opportunity?.id,
          contractId: requirement?.contract?.id,
        }}
        onFinish={async (v) => {
          const body = {
            title: v.title,
            description: v.description ?? '',
            priority: v.priority,
            status: v.status,
            source: v.source,
            opportunityId: v.opportunityId ?? null,
            contractId: v.contractId ?? null,
          };
          await save.mutateAsync({
            body,
            ...(requirement ? { id: requirement.id, version: requirement.version } : {}),
          });
          onClose();
        }}
      >
        <Form.Item
          name="title"
          label={t('contract.title')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="description" label={t('requirement.description')}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Space wrap>
          {(
            [
              ['priority', requirementPriorities],
              ['status', requirementStatuses],
              ['source', requirementSources],
            ] as const
          ).map(([name, values]) => (
            <Form.Item key={name} name={name} label={t(`requirement.${name}Label`)}>
              <Select
                style={{ width: 150 }}
                options={values.map((x) => ({ value: x, label: t(`requirement.${name}.${x}`) }))}
              />
            </Form.Item>
          ))}
        </Space>
        <Form.Item name="opportunityId" label={t('requirement.opportunity')}>
          <Select
            allowClear
            options={(opportunities.data?.items ?? []).map((o) => ({
              value: o.id,
              label: `${o.number} ${o.title}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="contractId" label={t('requirement.contract')}>
          <Select
            allowClear
            options={(contracts.data?.items ?? []).map((c) => ({
              value: c.id,
              label: `${c.number} ${c.title}`,
            }))}
          />
        </Form.Item>
      </Form>
      <ProblemAlert error={save.error} />
    </Modal>
  );
}
