import { Button, Card, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { LoadMore } from '../../../components/LoadMore';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { type BankStatementSummary, useStatements } from '../banking-api';
import { StatementDrawer } from '../components/StatementDrawer';
import { StatementImport } from '../components/StatementImport';

/** Bank statements (银行对账单) imported from the bank's files, and how far each is matched. */
export default function BankStatementsPage() {
  const { t } = useTranslation();
  const statements = useStatements();
  const canWrite = useHasPermission()('finance:write');
  const [open, setOpen] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const rows = statements.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Card
      title={t('nav.bankStatements')}
      extra={
        canWrite && (
          <Button type="primary" onClick={() => setImporting(true)}>
            {t('bank.import')}
          </Button>
        )
      }
    >
      <ProblemAlert error={statements.error} />
      <Table<BankStatementSummary>
        rowKey="id"
        size="small"
        pagination={false}
        loading={statements.isFetching}
        dataSource={rows}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('bank.account'), dataIndex: 'bankAccount' },
          { title: t('bank.currency'), dataIndex: 'currency', width: 90 },
          { title: t('bank.days'), key: 'days', render: (_, r) => `${r.firstDay} – ${r.lastDay}` },
          { title: t('bank.lines'), dataIndex: 'lines', align: 'right', width: 90 },
          { title: t('bank.open'), dataIndex: 'open', align: 'right', width: 90 },
          { title: t('bank.file'), dataIndex: 'fileName' },
          {
            title: t('bank.importedAt'),
            dataIndex: 'createdAt',
            render: (v: string) => <DateTime value={v} />,
          },
        ]}
      />
      <LoadMore pages={statements} />
      {open && <StatementDrawer id={open} onClose={() => setOpen(null)} />}
      {importing && <StatementImport onDone={setOpen} onClose={() => setImporting(false)} />}
    </Card>
  );
}
