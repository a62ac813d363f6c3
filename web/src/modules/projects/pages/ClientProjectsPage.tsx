import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePortalProjects } from '../deliveries-api';

/** The client portal's projects: those delivered to the signed-in client. */
export default function ClientProjectsPage() {
  const { t } = useTranslation();
  const projects = usePortalProjects();
  return (
    <Card title={t('portal.projects')}>
      <ProblemAlert error={projects.error} />
      <Table
        rowKey="id"
        size="small"
        loading={projects.isFetching}
        pagination={false}
        dataSource={projects.data}
        columns={[
          { title: t('project.number'), dataIndex: 'number' },
          {
            title: t('project.name'),
            key: 'name',
            render: (_, p) => <Link to={`/client/projects/${p.id}`}>{p.name}</Link>,
          },
          {
            title: t('project.phaseLabel'),
            key: 'phase',
            render: (_, p) => <Tag>{t(`project.phase.${p.phase}`)}</Tag>,
          },
          {
            title: t('project.period'),
            key: 'period',
            render: (_, p) => `${p.startDate} – ${p.endDate}`,
          },
        ]}
      />
    </Card>
  );
}
