import { Button, Card, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { healths } from '../api';
import { type StatusReport, useChangeStatusReports, useStatusReports } from '../deliveries-api';
import { RagTags, ReportFigures } from './ReportFigures';

const counts = ['scope', 'schedule', 'cost', 'quality'] as const;

/** The four ratings and the summary: for a new report and for a draft being finished. */
function RatingFields() {
  const { t } = useTranslation();
  return (
    <>
      <Space wrap>
        {counts.map((k) => (
          <Form.Item key={k} name={k} label={t(`project.report.${k}`)}>
            <Select
              showSearch
              optionFilterProp="label"
              aria-label={t(`project.report.${k}`)}
              style={{ width: 120 }}
              options={healths.map((h) => ({ value: h, label: t(`project.health.${h}`) }))}
            />
          </Form.Item>
        ))}
      </Space>
      <Form.Item
        name="summary"
        label={t('project.report.summary')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}

/** A draft (the weekly one comes without a summary) is rated and written before publishing. */
function EditDraft({
  report,
  save,
  onClose,
}: {
  report: StatusReport;
  save: (values: Partial<StatusReport> & { version: number }) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <Modal
      open
      title={t('project.report.edit', { day: report.periodEnd })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        name="report-draft"
        layout="vertical"
        initialValues={report}
        onFinish={async (v) => {
          await save({ ...v, version: report.version });
          onClose();
        }}
      >
        <RatingFields />
      </Form>
    </Modal>
  );
}

/**
 * Status reports: the manager rates scope, schedule, cost and quality and writes the summary;
 * the figures are filled in as of the day. Each week a draft with a suggested rating arrives on
 * its own, to finish. Published reports appear in the client portal.
 */
export function StatusReportsCard({
  projectId,
  canWrite,
}: {
  projectId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const reports = useStatusReports(projectId);
  const { add, update, publish } = useChangeStatusReports(projectId);
  const [form] = Form.useForm();
  const [editing, setEditing] = useState<StatusReport | null>(null);
  return (
    <Card title={t('project.report.title')} size="small">
      {canWrite && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ scope: 'green', schedule: 'green', cost: 'green', quality: 'green' }}
          onFinish={async (v) => {
            await add.mutateAsync(v);
            form.resetFields();
          }}
        >
          <RatingFields />
          <Button htmlType="submit" loading={add.isPending}>
            {t('project.report.write')}
          </Button>
        </Form>
      )}
      {editing && (
        <EditDraft
          report={editing}
          save={(v) => update.mutateAsync({ ...v, id: editing.id })}
          onClose={() => setEditing(null)}
        />
      )}
      <ProblemAlert error={reports.error ?? add.error ?? update.error ?? publish.error} />
      <List<StatusReport>
        dataSource={reports.data}
        locale={{ emptyText: t('project.report.none') }}
        renderItem={(r) => (
          <List.Item
            actions={
              canWrite && r.status === 'draft'
                ? [
                    <Button key="edit" size="small" onClick={() => setEditing(r)}>
                      {t('project.report.finish')}
                    </Button>,
                    <Button
                      key="publish"
                      size="small"
                      type="primary"
                      disabled={!r.summary}
                      onClick={() => publish.mutate(r)}
                    >
                      {t('project.report.publish')}
                    </Button>,
                  ]
                : []
            }
          >
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{r.periodEnd}</Typography.Text>
                <Tag color={r.status === 'published' ? 'blue' : 'default'}>
                  {t(`project.report.status.${r.status}`)}
                </Tag>
                <RagTags report={r} />
              </Space>
              {r.summary ? (
                <Typography.Paragraph style={{ margin: 0 }}>{r.summary}</Typography.Paragraph>
              ) : (
                <Typography.Text type="secondary">
                  {t('project.report.weeklyDraft')}
                </Typography.Text>
              )}
              <ReportFigures figures={r.figures} />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
