import { useTranslation } from 'react-i18next';
import { AgingView } from '../components/AgingView';
import { type PayablesAging, usePayablesAging } from '../payables-api';

type Row = PayablesAging['rows'][number];
const supplier = (r: Row) => r.supplier;

/** What we owe each supplier today by days past due. */
export default function PayablesAgingPage() {
  const { t } = useTranslation();
  const aging = usePayablesAging();
  return (
    <AgingView<Row>
      title={t('nav.payablesAging')}
      hint={t('aging.payablesHint', { currency: aging.data?.currency ?? 'CNY' })}
      exportPath="/api/v1/finance/payables/aging/export"
      partyTitle={t('bill.supplier')}
      party={supplier}
      aging={aging}
    />
  );
}
