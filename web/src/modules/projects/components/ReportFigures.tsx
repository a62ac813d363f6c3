import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../../api/client';
import { healthColor } from '../pages/ProjectsPage';

type Figures = Schemas['PortalStatusReport']['figures'] & { cpi?: number | null };
type Rag = Schemas['StatusReport']['scope'];

/** A status report's red, amber or green on each count it rates. */
export function RagTags({
  report,
}: {
  report: Partial<Record<'scope' | 'schedule' | 'cost' | 'quality', Rag>>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {(['scope', 'schedule', 'cost', 'quality'] as const).flatMap((k) => {
        const v = report[k];
        return v
          ? [
              <Tag
                key={k}
                color={healthColor[v]}
              >{`${t(`project.report.${k}`)}: ${t(`project.health.${v}`)}`}</Tag>,
            ]
          : [];
      })}
    </>
  );
}

/** The figures a report was written with. */
export function ReportFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const index = (v: number | null | undefined) => (v == null ? '—' : v.toFixed(2));
  return (
    <Descriptions size="small" column={{ xs: 1, md: 3 }}>
      <Descriptions.Item label={t('project.report.progress')}>
        {figures.percentComplete}%
      </Descriptions.Item>
      <Descriptions.Item label={t('project.evm.spi')}>{index(figures.spi)}</Descriptions.Item>
      {'cpi' in figures && (
        <Descriptions.Item label={t('project.evm.cpi')}>{index(figures.cpi)}</Descriptions.Item>
      )}
      <Descriptions.Item label={t('project.report.openIssues')}>
        {figures.openIssues} ({t('project.report.overdue', { count: figures.overdueIssues })})
      </Descriptions.Item>
      <Descriptions.Item label={t('project.report.waiting')}>
        {figures.deliverablesWaiting}
      </Descriptions.Item>
      <Descriptions.Item label={t('project.report.milestonesDue')}>
        {figures.milestonesDue.map((m) => `${m.name} (${m.dueDate})`).join('; ') || '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}
