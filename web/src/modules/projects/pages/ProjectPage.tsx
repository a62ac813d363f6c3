import { Card, Descriptions, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { ProjectTimeCard } from '../../time/components/ProjectTimeCard';
import { healths, type Project, useChangeProject, useProject } from '../api';
import { BudgetCard } from '../components/BudgetCard';
import { ChangeRequestsCard } from '../components/ChangeRequestsCard';
import { ClosureCard } from '../components/ClosureCard';
import { DeliverablesCard } from '../components/DeliverablesCard';
import { EarnedValueCard } from '../components/EarnedValueCard';
import { GanttCard } from '../components/GanttCard';
import { LogsCard } from '../components/LogsCard';
import { MilestonesCard } from '../components/MilestonesCard';
import { PhaseCard } from '../components/PhaseCard';
import { StatusReportsCard } from '../components/StatusReportsCard';
import { TasksCard } from '../components/TasksCard';
import { TeamCard } from '../components/TeamCard';
import { healthColor } from './ProjectsPage';

/** One project: its lifecycle and gates, goals, team, work breakdown, milestones and logs. */
export default function ProjectPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useHasPermission();
  const project = useProject(id);
  const { update } = useChangeProject(id);
  if (project.isPending) return <Spin />;
  if (!project.data) return <ProblemAlert error={project.error} />;
  const p = project.data;
  const canWrite = can('projects:write') && p.phase !== 'closed';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Typography.Text type="secondary">{p.number}</Typography.Text>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {p.name}
        </Typography.Title>
        <Space style={{ marginTop: 8 }} wrap>
          <Tag>{t(`project.phase.${p.phase}`)}</Tag>
          {canWrite ? (
            <Select<Project['health']>
              size="small"
              aria-label={t('project.healthLabel')}
              value={p.health}
              style={{ width: 110 }}
              options={healths.map((h) => ({ value: h, label: t(`project.health.${h}`) }))}
              onChange={(health) => update.mutate({ health, version: p.version })}
            />
          ) : (
            <Tag color={healthColor[p.health]}>{t(`project.health.${p.health}`)}</Tag>
          )}
          {p.client && <Link to={`/clients/${p.client.id}`}>{p.client.name}</Link>}
          {p.contract && (
            <Link to={`/contracts/${p.contract.id}`}>
              {p.contract.number} {p.contract.title}
            </Link>
          )}
        </Space>
        <ProblemAlert error={update.error} />
        <Descriptions size="small" style={{ marginTop: 16 }} column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('project.manager')}>
            {p.manager?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('project.period')}>
            {p.startDate} – {p.endDate}
          </Descriptions.Item>
          <Descriptions.Item label={t('project.budget')}>
            <Money minor={p.budgetMinor} currency={p.currency} />
          </Descriptions.Item>
        </Descriptions>
        {p.goals.length > 0 && (
          <Table
            rowKey="objective"
            size="small"
            pagination={false}
            dataSource={p.goals}
            columns={[
              { title: t('project.goal'), dataIndex: 'objective' },
              { title: t('project.target'), dataIndex: 'target' },
              { title: t('project.actual'), dataIndex: 'actual', render: (v) => v ?? '—' },
            ]}
          />
        )}
      </Card>
      <PhaseCard project={p} canWrite={canWrite} />
      <TeamCard project={p} canBook={can('staffing:write') && p.phase !== 'closed'} />
      <TasksCard projectId={p.id} canWrite={canWrite} />
      <GanttCard projectId={p.id} canWrite={canWrite} />
      <MilestonesCard project={p} canWrite={canWrite} />
      <DeliverablesCard projectId={p.id} canWrite={canWrite} />
      <ChangeRequestsCard project={p} canWrite={canWrite} />
      <StatusReportsCard projectId={p.id} canWrite={canWrite} />
      <BudgetCard projectId={p.id} canWrite={canWrite} seesCost={can('contracts:margin')} />
      {can('contracts:margin') && <EarnedValueCard project={p} canWrite={canWrite} />}
      <LogsCard projectId={p.id} canWrite={canWrite} />
      {(p.phase === 'closure' || p.phase === 'closed') && (
        <ClosureCard project={p} canWrite={canWrite} />
      )}
      <ProjectTimeCard
        projectId={p.id}
        canReadSheets={can('time:read')}
        canDecide={can('time:approve')}
      />
    </Space>
  );
}
