import { Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { sortFrom, useListFilter } from '../../../components/list';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { FilterSelect, ListFilters } from '../../views/ListFilters';
import { healths, type Project, type ProjectFilter, projectPhases, useProjects } from '../api';
import { ProjectForm } from '../components/ProjectForm';

export const healthColor = { green: 'green', amber: 'gold', red: 'red' } as const;

/** Every engagement: its phase, health, dates and budget. */
export default function ProjectsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useHasPermission()('projects:write');
  const list = useListFilter<ProjectFilter>({});
  const { filter, set, next } = list;
  const [creating, setCreating] = useState(false);
  const projects = useProjects(filter);
  return (
    <Card
      title={t('nav.projects')}
      extra={
        <Space>
          <Button onClick={() => navigate('/projects/lessons')}>
            {t('project.lessons.title')}
          </Button>
          {canWrite && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('project.new')}
            </Button>
          )}
        </Space>
      }
    >
      <ListFilters list="projects" state={list} searchPlaceholder={t('project.search')}>
        <FilterSelect
          label={t('project.phaseLabel')}
          values={projectPhases}
          name={(p) => t(`project.phase.${p}`)}
          value={filter.phase}
          onChange={(phase) => set({ phase })}
          width={150}
        />
        <FilterSelect
          label={t('project.healthLabel')}
          values={healths}
          name={(h) => t(`project.health.${h}`)}
          value={filter.health}
          onChange={(health) => set({ health })}
          width={130}
        />
      </ListFilters>
      <ProblemAlert error={projects.error} />
      <Table<Project>
        rowKey="id"
        loading={projects.isFetching}
        dataSource={projects.data?.items}
        pagination={false}
        onChange={(_p, _f, sorter) => set({ sort: sortFrom(sorter) as ProjectFilter['sort'] })}
        columns={[
          {
            title: t('client.number'),
            dataIndex: 'number',
            key: 'number',
            sorter: true,
            width: 110,
          },
          {
            title: t('project.name'),
            dataIndex: 'name',
            key: 'name',
            sorter: true,
            render: (v: string, p) => <Link to={`/projects/${p.id}`}>{v}</Link>,
          },
          { title: t('project.client'), key: 'client', render: (_, p) => p.client?.name ?? '—' },
          {
            title: t('project.phaseLabel'),
            dataIndex: 'phase',
            render: (phase: Project['phase']) => <Tag>{t(`project.phase.${phase}`)}</Tag>,
          },
          {
            title: t('project.healthLabel'),
            dataIndex: 'health',
            render: (h: Project['health']) => (
              <Tag color={healthColor[h]}>{t(`project.health.${h}`)}</Tag>
            ),
          },
          {
            title: t('project.period'),
            dataIndex: 'endDate',
            key: 'endDate',
            sorter: true,
            render: (_, p) => `${p.startDate} – ${p.endDate}`,
          },
          {
            title: t('project.budget'),
            key: 'budget',
            render: (_, p) => <Money minor={p.budgetMinor} currency={p.currency} />,
          },
        ]}
      />
      {projects.data?.nextCursor && (
        <Button style={{ marginTop: 12 }} onClick={() => next(projects.data?.nextCursor)}>
          {t('common.nextPage')}
        </Button>
      )}
      {creating && (
        <ProjectForm
          onClose={() => setCreating(false)}
          onSaved={(p) => navigate(`/projects/${p.id}`)}
        />
      )}
    </Card>
  );
}
