import { Alert, Button, Card, Input, List, Rate, Space, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ReasonButton } from '../../../components/ReasonButton';
import { DocumentsCard } from '../../documents/DocumentsCard';
import { type PortalChangeRequest, useDecideChange } from '../changes-api';
import { DecideButtons, useChangeColumns } from '../components/ChangeParts';
import { DeliverableStatus, deliverableCategories } from '../components/DeliverableParts';
import { RagTags, ReportFigures } from '../components/ReportFigures';
import {
  type PortalProject,
  useDecideDeliverable,
  usePortalProject,
  useSignOff,
} from '../deliveries-api';

type Shown = PortalProject['deliverables'][number];

/** At closure the client signs the project off and says how satisfied they are. */
function SignOff({ projectId, signedOffAt }: { projectId: string; signedOffAt: string | null }) {
  const { t } = useTranslation();
  const signOff = useSignOff(projectId);
  const [satisfaction, setSatisfaction] = useState(0);
  const [comment, setComment] = useState('');
  if (signedOffAt) {
    return (
      <Alert
        style={{ marginTop: 12 }}
        type="success"
        message={t('portal.signedOff', { day: signedOffAt.slice(0, 10) })}
      />
    );
  }
  return (
    <Space direction="vertical" style={{ marginTop: 12, width: '100%' }}>
      <Typography.Text strong>{t('portal.signOffTitle')}</Typography.Text>
      <Rate aria-label={t('portal.satisfaction')} value={satisfaction} onChange={setSatisfaction} />
      <Input.TextArea
        rows={2}
        aria-label={t('portal.comment')}
        placeholder={t('portal.comment')}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <ProblemAlert error={signOff.error} />
      <Button
        type="primary"
        disabled={satisfaction === 0}
        loading={signOff.isPending}
        onClick={() => signOff.mutate({ satisfaction, comment: comment.trim() || null })}
      >
        {t('portal.signOff')}
      </Button>
    </Space>
  );
}

/** The changes we put to the client: each with its scope, reason and price, to approve or not. */
function ChangesCard({ changes }: { changes: PortalChangeRequest[] }) {
  const { t } = useTranslation();
  const decide = useDecideChange();
  const columns = useChangeColumns<PortalChangeRequest>();
  return (
    <Card title={t('project.change.heading')} size="small">
      <ProblemAlert error={decide.error} />
      <Table<PortalChangeRequest>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={changes}
        expandable={{
          expandedRowRender: (c) => (
            <Space direction="vertical">
              <span>
                {t('project.change.scope')}: {c.description}
              </span>
              <span>
                {t('project.change.reason')}: {c.reason}
              </span>
              {c.clientComment && (
                <span>
                  {t('portal.comment')}: {c.clientComment}
                </span>
              )}
            </Space>
          ),
        }}
        columns={[
          ...columns,
          {
            key: 'decide',
            render: (_, c) =>
              c.status === 'client_review' && (
                <DecideButtons change={c} busy={decide.isPending} decide={decide.mutateAsync} />
              ),
          },
        ]}
      />
    </Card>
  );
}

/**
 * One project as its client sees it: the milestones, each deliverable with its criteria and
 * files to accept or send back with a comment, the changes put to them, and published reports.
 */
export default function ClientProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const project = usePortalProject(id);
  const decide = useDecideDeliverable();
  if (project.isPending) return <Spin />;
  if (!project.data) return <ProblemAlert error={project.error} />;
  const p = project.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Text type="secondary">{p.number}</Typography.Text>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {p.name}
        </Typography.Title>
        <Space style={{ marginTop: 8 }}>
          <Tag>{t(`project.phase.${p.phase}`)}</Tag>
          <span>
            {p.startDate} – {p.endDate}
          </span>
        </Space>
        {p.phase === 'closure' && <SignOff projectId={p.id} signedOffAt={p.signedOffAt} />}
      </Card>
      <Card title={t('project.deliverables')} size="small">
        <ProblemAlert error={decide.error} />
        <Table<Shown>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={p.deliverables}
          expandable={{
            expandedRowRender: (d) => (
              <Space direction="vertical" style={{ width: '100%' }}>
                <span>
                  {t('project.acceptanceCriteria')}: {d.acceptanceCriteria}
                </span>
                {d.submissionNote && (
                  <span>
                    {t('project.note')}: {d.submissionNote}
                  </span>
                )}
                <DocumentsCard
                  basePath={`/api/v1/client-portal/deliverables/${d.id}`}
                  categories={deliverableCategories}
                  canWrite={false}
                  title={t('project.deliverableFiles')}
                />
              </Space>
            ),
          }}
          columns={[
            { title: t('project.deliverable'), dataIndex: 'name' },
            { title: t('project.due'), dataIndex: 'dueDate' },
            {
              title: t('client.statusLabel'),
              key: 'status',
              render: (_, d) => <DeliverableStatus status={d.status} />,
            },
            {
              key: 'decide',
              render: (_, d) =>
                d.status === 'submitted' && (
                  <Space>
                    <Button
                      size="small"
                      type="primary"
                      loading={decide.isPending}
                      onClick={() =>
                        decide.mutate({ id: d.id, version: d.version, decision: 'accepted' })
                      }
                    >
                      {t('portal.accept')}
                    </Button>
                    <ReasonButton
                      danger
                      label={t('portal.reject')}
                      title={t('portal.rejectTitle')}
                      field={t('portal.comment')}
                      onConfirm={(comment) =>
                        decide.mutateAsync({
                          id: d.id,
                          version: d.version,
                          decision: 'rejected',
                          comment,
                        })
                      }
                    />
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <ChangesCard changes={p.changeRequests} />
      <Card title={t('project.report.title')} size="small">
        <List
          dataSource={p.statusReports}
          locale={{ emptyText: t('project.report.none') }}
          renderItem={(r) => (
            <List.Item>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>{r.periodEnd}</Typography.Text>
                  <RagTags report={r} />
                </Space>
                <Typography.Paragraph style={{ margin: 0 }}>{r.summary}</Typography.Paragraph>
                <ReportFigures figures={r.figures} />
              </Space>
            </List.Item>
          )}
        />
      </Card>
      <Card title={t('project.milestones')} size="small">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={p.milestones}
          columns={[
            { title: t('project.milestone'), dataIndex: 'name' },
            { title: t('project.due'), dataIndex: 'dueDate' },
            {
              title: t('client.statusLabel'),
              key: 'status',
              render: (_, m) =>
                m.status === 'completed' ? (
                  <Tag color="green">{t('project.completedOn', { day: m.completedOn })}</Tag>
                ) : (
                  <Tag>{t('portal.open')}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
