import { Button, Card, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { healths } from '../api';
import { type StatusReport, useChangeStatusReports, useStatusReports } from '../deliveries-api';
import { RagTags, ReportFigures } from './ReportFigures';

const counts = ['scope', 'schedule', 'cost', 'quality'] as const;

/**
 * Status reports: the manager rates scope, schedule, cost and quality and writes the summary;
 * the figures are filled in as of the day. Published reports appear in the client portal.
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
  const { add, publish } = useChangeStatusReports(projectId);
  const [form] = Form.useForm();
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
          <Button htmlType="submit" loading={add.isPending}>
            {t('project.report.write')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={reports.error ?? add.error ?? publish.error} />
      <List<StatusReport>
        dataSource={reports.data}
        locale={{ emptyText: t('project.report.none') }}
        renderItem={(r) => (
          <List.Item
            actions={
              canWrite && r.status === 'draft'
                ? [
                    <Button
                      key="publish"
                      size="small"
                      type="primary"
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
              <Typography.Paragraph style={{ margin: 0 }}>{r.summary}</Typography.Paragraph>
              <ReportFigures figures={r.figures} />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
