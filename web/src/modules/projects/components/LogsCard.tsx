import { Button, Card, DatePicker, Form, Input, Modal, Select, Table, Tabs, Tag } from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  issueSeverities,
  type ProjectDecision,
  type ProjectIssue,
  useAddDecision,
  useChangeIssues,
  useDecisions,
  useIssues,
} from '../logs-api';

const severityColor = { low: 'default', medium: 'blue', high: 'orange', critical: 'red' } as const;

/** The project's issue log and decision log. */
export function LogsCard({ projectId, canWrite }: { projectId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <Card size="small">
      <Tabs
        items={[
          {
            key: 'issues',
            label: t('project.issues'),
            children: <IssueLog projectId={projectId} canWrite={canWrite} />,
          },
          {
            key: 'decisions',
            label: t('project.decisions'),
            children: <DecisionLog projectId={projectId} canWrite={canWrite} />,
          },
        ]}
      />
    </Card>
  );
}

function IssueLog({ projectId, canWrite }: { projectId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const issues = useIssues(projectId);
  const { add, update } = useChangeIssues(projectId);
  const [form] = Form.useForm();
  const [closing, setClosing] = useState<ProjectIssue | null>(null);
  const [resolution, setResolution] = useState('');
  return (
    <>
      {canWrite && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{ severity: 'medium' }}
          onFinish={async (v: {
            title: string;
            severity: ProjectIssue['severity'];
            dueDate?: dayjs.Dayjs;
          }) => {
            await add.mutateAsync({
              title: v.title,
              severity: v.severity,
              dueDate: v.dueDate ? v.dueDate.format('YYYY-MM-DD') : null,
            });
            form.resetFields();
          }}
        >
          <Form.Item name="title" rules={[{ required: true, message: t('form.required') }]}>
            <Input
              placeholder={t('project.issue')}
              aria-label={t('project.issue')}
              style={{ width: 260 }}
            />
          </Form.Item>
          <Form.Item name="severity">
            <Select
              aria-label={t('project.severity')}
              style={{ width: 120 }}
              options={issueSeverities.map((s) => ({
                value: s,
                label: t(`project.severityLevel.${s}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="dueDate">
            <DatePicker placeholder={t('project.due')} aria-label={t('project.issueDue')} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('project.addIssue')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={issues.error ?? add.error ?? update.error} />
      <Table<ProjectIssue>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={issues.data}
        columns={[
          { title: t('project.issue'), dataIndex: 'title' },
          {
            title: t('project.severity'),
            dataIndex: 'severity',
            render: (s: ProjectIssue['severity']) => (
              <Tag color={severityColor[s]}>{t(`project.severityLevel.${s}`)}</Tag>
            ),
          },
          { title: t('project.owner'), key: 'owner', render: (_, i) => i.owner?.name ?? '—' },
          {
            title: t('project.due'),
            key: 'due',
            render: (_, i) => (
              <>
                {i.dueDate ?? '—'} {i.overdue && <Tag color="red">{t('project.overdue')}</Tag>}
              </>
            ),
          },
          {
            title: t('client.statusLabel'),
            key: 'status',
            render: (_, i) =>
              i.status !== 'closed' && canWrite ? (
                <Button size="small" onClick={() => setClosing(i)}>
                  {t('project.closeIssue')}
                </Button>
              ) : (
                <span title={i.resolution ?? undefined}>
                  {t(`project.issueStatus.${i.status}`)}
                </span>
              ),
          },
        ]}
      />
      <Modal
        open={closing !== null}
        title={closing?.title}
        okButtonProps={{ disabled: !resolution.trim() }}
        onCancel={() => setClosing(null)}
        onOk={async () => {
          if (!closing) return;
          await update.mutateAsync({
            id: closing.id,
            version: closing.version,
            status: 'closed',
            resolution: resolution.trim(),
          });
          setClosing(null);
          setResolution('');
        }}
      >
        <Input.TextArea
          rows={3}
          aria-label={t('project.resolution')}
          placeholder={t('project.resolution')}
          value={resolution}
          onChange={(e) => setResolution(e.target.value)}
        />
      </Modal>
    </>
  );
}

function DecisionLog({ projectId, canWrite }: { projectId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const decisions = useDecisions(projectId);
  const add = useAddDecision(projectId);
  const [form] = Form.useForm();
  return (
    <>
      {canWrite && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          onFinish={async (v: {
            title: string;
            decision: string;
            decidedOn: dayjs.Dayjs;
            decidedBy: string;
          }) => {
            await add.mutateAsync({ ...v, decidedOn: v.decidedOn.format('YYYY-MM-DD') });
            form.resetFields();
          }}
        >
          <Form.Item name="title" rules={[{ required: true, message: t('form.required') }]}>
            <Input
              placeholder={t('project.decisionTitle')}
              aria-label={t('project.decisionTitle')}
            />
          </Form.Item>
          <Form.Item name="decision" rules={[{ required: true, message: t('form.required') }]}>
            <Input
              placeholder={t('project.decision')}
              aria-label={t('project.decision')}
              style={{ width: 260 }}
            />
          </Form.Item>
          <Form.Item name="decidedBy" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('project.decidedBy')} aria-label={t('project.decidedBy')} />
          </Form.Item>
          <Form.Item name="decidedOn" rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker placeholder={t('project.decidedOn')} aria-label={t('project.decidedOn')} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('project.addDecision')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={decisions.error ?? add.error} />
      <Table<ProjectDecision>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={decisions.data}
        columns={[
          { title: t('project.decidedOn'), dataIndex: 'decidedOn', width: 110 },
          { title: t('project.decisionTitle'), dataIndex: 'title' },
          { title: t('project.decision'), dataIndex: 'decision' },
          { title: t('project.decidedBy'), dataIndex: 'decidedBy' },
        ]}
      />
    </>
  );
}
