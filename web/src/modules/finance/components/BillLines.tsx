import { Alert, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { Money } from '../../../components/Money';
import type { SupplierBill } from '../payables-api';

type Line = SupplierBill['lines'][number];
type Hold = SupplierBill['holds'][number];

const matchColour = {
  matched: 'green',
  over: 'red',
  under: 'orange',
  unmatched: 'default',
} as const;

/**
 * A bill's lines beside what they matched (the approved hours at the contract's rates), with
 * the variance in money and hours, and what still holds the bill from payment.
 */
export function BillLines({ bill }: { bill: Pick<SupplierBill, 'lines' | 'holds' | 'currency'> }) {
  const { t } = useTranslation();
  const money = (v: number | null) =>
    v === null ? '—' : <Money minor={v} currency={bill.currency} />;
  return (
    <>
      {bill.holds.map((h: Hold) => (
        <Alert
          key={`${h.kind}-${h.name}`}
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t(`bill.holds.${h.kind}`, { name: h.name ?? '' })}
          description={
            <>
              {t('bill.heldSince')} <DateTime value={h.since} />
            </>
          }
        />
      ))}
      <Table<Line>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={bill.lines}
        columns={[
          {
            title: t('bill.description'),
            key: 'description',
            render: (_, l) => l.person?.name ?? l.description,
          },
          {
            title: t('bill.hours'),
            key: 'hours',
            align: 'right',
            render: (_, l) => (l.hours === null ? '—' : `${l.hours} / ${l.expectedHours}`),
          },
          { title: t('bill.billed'), dataIndex: 'netMinor', align: 'right', render: money },
          { title: t('bill.expected'), dataIndex: 'expectedMinor', align: 'right', render: money },
          { title: t('bill.variance'), dataIndex: 'varianceMinor', align: 'right', render: money },
          {
            title: t('bill.match'),
            dataIndex: 'match',
            render: (m: Line['match']) => (
              <Tag color={matchColour[m]}>{t(`bill.matches.${m}`)}</Tag>
            ),
          },
        ]}
      />
    </>
  );
}
