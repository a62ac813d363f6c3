import { Alert, Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type JobSummary, useJobs } from '../api';

/** A run's length as people read it: milliseconds, seconds or minutes. */
function duration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${(ms / 60_000).toFixed(1)} min`;
}

/** For admins: what the worker process runs, how it last went and when it runs next. */
export default function JobsPage() {
  const { t } = useTranslation();
  const jobs = useJobs();
  return (
    <Card title={t('nav.jobs')}>
      <Alert type="info" showIcon title={t('jobs.explain')} style={{ marginBottom: 12 }} />
      <ProblemAlert error={jobs.error} />
      <Table<JobSummary>
        rowKey="name"
        size="small"
        loading={jobs.isPending}
        dataSource={jobs.data}
        pagination={false}
        columns={[
          {
            title: t('jobs.job'),
            dataIndex: 'name',
            render: (name: string) => (
              <>
                {t(`jobs.names.${name}`, { defaultValue: name })}
                <br />
                <Typography.Text type="secondary" code>
                  {name}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('jobs.lastRun'),
            dataIndex: 'lastRun',
            render: (run: JobSummary['lastRun']) =>
              run ? (
                <>
                  <Tag color={run.outcome === 'done' ? 'green' : 'red'}>
                    {t(`jobs.outcome.${run.outcome}`)}
                  </Tag>
                  <DateTime value={run.finishedAt} />
                </>
              ) : (
                t('jobs.never')
              ),
          },
          {
            title: t('jobs.duration'),
            dataIndex: 'lastRun',
            key: 'duration',
            render: (run: JobSummary['lastRun']) => duration(run?.durationMs ?? null),
          },
          {
            title: t('jobs.running'),
            dataIndex: 'runningSince',
            render: (at: string | null, job) =>
              at ? (
                <DateTime value={at} />
              ) : job.retrying ? (
                <Tag color="orange">{t('jobs.retrying')}</Tag>
              ) : (
                '—'
              ),
          },
          {
            title: t('jobs.nextRun'),
            dataIndex: 'nextRunAt',
            render: (at: string | null) => (at ? <DateTime value={at} /> : '—'),
          },
          { title: t('jobs.runs'), dataIndex: 'runsLast30Days', align: 'right' },
          {
            title: t('jobs.failures'),
            dataIndex: 'failuresLast30Days',
            align: 'right',
            render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n),
          },
        ]}
      />
    </Card>
  );
}
