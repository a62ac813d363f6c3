import { Button, Card, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useHasPermission } from '../../auth/api';
import { ClaimForm } from '../components/ClaimForm';
import { ClaimTable } from '../components/ClaimTable';
import { ExpenseClaimDrawer } from '../components/ExpenseClaimDrawer';
import { useAllClaims, useMyClaims } from '../expenses-api';

type View = 'mine' | 'waiting' | 'all';

function Mine({ onOpen }: { onOpen: (id: string) => void }) {
  return <ClaimTable pages={useMyClaims(false)} onOpen={onOpen} />;
}

function Waiting({ onOpen }: { onOpen: (id: string) => void }) {
  return <ClaimTable pages={useMyClaims(true)} onOpen={onOpen} showPerson />;
}

function All({ onOpen }: { onOpen: (id: string) => void }) {
  return <ClaimTable pages={useAllClaims({})} onOpen={onOpen} showPerson />;
}

/**
 * Expense claims (费用报销): one's own with their receipts, those waiting for one's approval
 * (a project's manager, or a supplier for its workers), and for finance every claim.
 */
export default function ExpensesPage() {
  const { t } = useTranslation();
  const can = useHasPermission();
  const [params, setParams] = useSearchParams();
  const [view, setView] = useState<View>('mine');
  const [opening, setOpening] = useState(false);
  const open = params.get('claim');
  const setOpen = (id: string | null) => setParams(id ? { claim: id } : {});
  const views: View[] = [
    'mine',
    ...(can('expenses:approve') ? (['waiting'] as const) : []),
    ...(can('finance:read') ? (['all'] as const) : []),
  ];
  return (
    <Card
      title={t('nav.expenses')}
      extra={
        <Button type="primary" onClick={() => setOpening(true)}>
          {t('expense.new')}
        </Button>
      }
    >
      {views.length > 1 && (
        <Segmented
          style={{ marginBottom: 12 }}
          value={view}
          onChange={(v) => setView(v as View)}
          options={views.map((v) => ({ value: v, label: t(`expense.views.${v}`) }))}
        />
      )}
      {view === 'mine' && <Mine onOpen={setOpen} />}
      {view === 'waiting' && <Waiting onOpen={setOpen} />}
      {view === 'all' && <All onOpen={setOpen} />}
      {open && <ExpenseClaimDrawer id={open} onClose={() => setOpen(null)} />}
      {opening && <ClaimForm onClose={() => setOpening(false)} onOpened={setOpen} />}
    </Card>
  );
}
