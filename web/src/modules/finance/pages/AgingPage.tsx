import { useTranslation } from 'react-i18next';
import { type ReceivablesAging, useAging } from '../api';
import { AgingView } from '../components/AgingView';
import { DsoTrendCard } from '../components/DsoTrendCard';

type Row = ReceivablesAging['rows'][number];
const client = (r: Row) => r.client;

/** What each client owes today by days past due, and how fast they have paid over the year. */
export default function AgingPage() {
  const { t } = useTranslation();
  const aging = useAging();
  return (
    <>
      <AgingView<Row>
        title={t('nav.aging')}
        hint={t('aging.hint', { currency: aging.data?.currency ?? 'CNY' })}
        exportPath="/api/v1/finance/receivables/aging/export"
        partyTitle={t('aging.client')}
        party={client}
        aging={aging}
      />
      <DsoTrendCard />
    </>
  );
}
