import { Button, Card, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ReasonButton } from '../../../components/ReasonButton';
import { useHasPermission } from '../../auth/api';
import {
  type LedgerPeriod,
  useClosePeriod,
  usePeriods,
  usePostAccruals,
  useReopenPeriod,
} from '../api';

/**
 * The months of the ledger: an ended month gets its month-end accruals and is closed to
 * postings, and reopened with a reason.
 */
export default function PeriodsPage() {
  const { t } = useTranslation();
  const canClose = useHasPermission()('finance:close');
  const periods = usePeriods();
  const close = useClosePeriod();
  const reopen = useReopenPeriod();
  const accrue = usePostAccruals();
  const current = dayjs().format('YYYY-MM');
  return (
    <Card title={t('nav.ledgerPeriods')}>
      <ProblemAlert error={periods.error ?? close.error ?? reopen.error ?? accrue.error} />
      <Table<LedgerPeriod>
        rowKey="period"
        size="small"
        pagination={false}
        loading={periods.isFetching}
        dataSource={periods.data}
        columns={[
          { title: t('ledger.period'), dataIndex: 'period', width: 120 },
          { title: t('ledger.journalCount'), dataIndex: 'journals', width: 120 },
          {
            title: t('ledger.status'),
            key: 'status',
            render: (_, p) =>
              p.closed ? (
                <>
                  <Tag color="default">{t('ledger.closed')}</Tag>
                  {p.closedAt && <DateTime value={p.closedAt} />}
                </>
              ) : (
                <Tag color="green">{t('ledger.open')}</Tag>
              ),
          },
          {
            title: t('ledger.accruals'),
            key: 'accrued',
            render: (_, p) =>
              p.accrued ? (
                <Tag color="blue">{t('ledger.accrued')}</Tag>
              ) : (
                canClose &&
                !p.closed &&
                p.period < current && (
                  <Button
                    size="small"
                    loading={accrue.isPending && accrue.variables === p.period}
                    onClick={() => accrue.mutate(p.period)}
                  >
                    {t('ledger.postAccruals')}
                  </Button>
                )
              ),
          },
          {
            key: 'actions',
            width: 160,
            render: (_, p) =>
              !canClose ? null : p.closed ? (
                <ReasonButton
                  label={t('ledger.reopen')}
                  title={t('ledger.reopenTitle', { period: p.period })}
                  onConfirm={(reason) => reopen.mutateAsync({ period: p.period, reason })}
                />
              ) : (
                p.period < current && (
                  <Button size="small" onClick={() => close.mutate(p.period)}>
                    {t('ledger.close')}
                  </Button>
                )
              ),
          },
        ]}
      />
    </Card>
  );
}
