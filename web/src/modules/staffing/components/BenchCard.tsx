import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localName } from '../../../components/local-name';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useBench } from '../api';

/** People whose next four weeks are less than half booked: who can start on something. */
export function BenchCard() {
  const { t, i18n } = useTranslation();
  const bench = useBench();
  return (
    <Card title={t('staffing.bench')} size="small">
      <Typography.Paragraph type="secondary">{t('staffing.benchHint')}</Typography.Paragraph>
      <ProblemAlert error={bench.error} />
      <Table
        rowKey={(b) => b.person.id}
        size="small"
        loading={bench.isFetching}
        dataSource={bench.data}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          {
            title: t('person.name'),
            key: 'name',
            render: (_, b) => <Link to={`/people/${b.person.id}`}>{b.person.name}</Link>,
          },
          {
            title: t('position.position'),
            key: 'position',
            render: (_, b) =>
              b.person.position ? localName(b.person.position, i18n.language) : '—',
          },
          {
            title: t('person.department'),
            key: 'team',
            render: (_, b) => b.person.supplier ?? b.person.department ?? '—',
          },
          { title: t('staffing.booked'), dataIndex: 'utilization', render: (u: number) => `${u}%` },
          { title: t('staffing.freeHours'), dataIndex: 'freeHours' },
        ]}
      />
    </Card>
  );
}
