import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { hoursOf, useProjectTime } from '../api';
import { SheetList } from './SheetList';

/**
 * A project's approved time and what it earns: per person, hours, billed value, cost and
 * margin in the base currency; below, the weeks people logged, each openable.
 */
export function ProjectTimeCard({
  projectId,
  canReadSheets,
  canDecide,
}: {
  projectId: string;
  canReadSheets: boolean;
  canDecide: boolean;
}) {
  const { t } = useTranslation();
  const time = useProjectTime(projectId);
  const base = time.data?.baseCurrency ?? 'EUR';
  const money = (minor: number | null) =>
    minor === null ? '—' : <Money minor={minor} currency={base} />;
  const totals = time.data?.totals;
  return (
    <Card title={t('time.projectTitle')} size="small">
      <ProblemAlert error={time.error} />
      <Table
        rowKey={(r) => r.person.id}
        size="small"
        pagination={false}
        dataSource={time.data?.people}
        columns={[
          { title: t('time.person'), key: 'person', render: (_, r) => r.person.name },
          {
            title: t('time.hours'),
            key: 'hours',
            align: 'right',
            render: (_, r) => hoursOf(r.minutes),
          },
          {
            title: t('time.billBase', { currency: base }),
            key: 'bill',
            align: 'right',
            render: (_, r) => money(r.billBaseMinor),
          },
          {
            title: t('time.costBase', { currency: base }),
            key: 'cost',
            align: 'right',
            render: (_, r) => money(r.costBaseMinor),
          },
          {
            title: t('time.margin', { currency: base }),
            key: 'margin',
            align: 'right',
            render: (_, r) => money(r.marginBaseMinor),
          },
        ]}
        summary={() =>
          totals && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('time.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {hoursOf(totals.minutes)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <span data-testid="project-bill">{money(totals.billBaseMinor)}</span>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <span data-testid="project-cost">{money(totals.costBaseMinor)}</span>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                <span data-testid="project-margin">{money(totals.marginBaseMinor)}</span>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
      {canReadSheets && (
        <div style={{ marginTop: 16 }}>
          <SheetList projectId={projectId} canDecide={canDecide} canReverse={canDecide} />
        </div>
      )}
    </Card>
  );
}
