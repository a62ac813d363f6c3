import { Alert, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../components/local-name';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type MarginPreview, useMargin } from '../api';

type Row = MarginPreview['rows'][number];
type Line = Row['suppliers'][number] & { key: string; row: Row };

/** Client rate against each linked supplier's rate for the same position, in base currency per hour. */
export function MarginPreviewTable({ contractId }: { contractId: string }) {
  const { t, i18n } = useTranslation();
  const margin = useMargin(contractId, true);
  const m = margin.data;
  const lines: Line[] = (m?.rows ?? []).flatMap((row) =>
    row.suppliers.map((s) => ({
      ...s,
      row,
      key: `${row.position.id}-${row.seniority}-${s.contract.id}`,
    })),
  );
  const hourly = (minor: number | null) =>
    minor === null || !m ? '—' : <Money minor={Math.round(minor)} currency={m.baseCurrency} />;
  return (
    <Card
      size="small"
      title={t('contract.marginPreview')}
      extra={m && t('contract.marginFloor', { percent: m.marginFloorPercent })}
    >
      <ProblemAlert error={margin.error} />
      {m && m.missingFx.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('contract.missingFx', { currencies: m.missingFx.join(', ') })}
        />
      )}
      <Table<Line>
        size="small"
        rowKey="key"
        loading={margin.isFetching}
        dataSource={lines}
        pagination={false}
        locale={{ emptyText: t('contract.noMargin') }}
        columns={[
          {
            title: t('position.position'),
            key: 'position',
            render: (_, l) =>
              `${localName(l.row.position, i18n.language)} · ${t(`rate.seniority.${l.row.seniority}`)}`,
          },
          {
            title: t('contract.clientRate'),
            key: 'client',
            render: (_, l) => (
              <Space direction="vertical" size={0}>
                <span>
                  <Money minor={l.row.client.rateMinor} currency={l.row.client.currency} />/
                  {t(`rate.unit.${l.row.client.unit}`)}
                </span>
                <span>
                  {hourly(l.row.client.hourlyBaseMinor)}/{t('rate.unit.hour')}
                </span>
              </Space>
            ),
          },
          {
            title: t('contract.supplierRate'),
            key: 'supplier',
            render: (_, l) => (
              <Space direction="vertical" size={0}>
                <span>
                  {l.contract.number} · {l.contract.supplierName}
                </span>
                <span>
                  <Money minor={l.rateMinor} currency={l.currency} />/{t(`rate.unit.${l.unit}`)} →{' '}
                  {hourly(l.hourlyBaseMinor)}/{t('rate.unit.hour')}
                </span>
              </Space>
            ),
          },
          {
            title: t('contract.margin'),
            key: 'margin',
            render: (_, l) =>
              l.marginPercent === null ? (
                '—'
              ) : (
                <Tag color={l.belowFloor ? 'red' : 'green'}>
                  {l.marginPercent}%{l.belowFloor ? ` · ${t('contract.belowFloor')}` : ''}
                </Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
