import { Button, Descriptions, Drawer, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { localName } from '../../../components/local-name';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ReasonButton } from '../../../components/ReasonButton';
import { useHasPermission } from '../../auth/api';
import { type Journal, useJournal, useReverseJournal } from '../api';

type Line = Journal['lines'][number];

/** One journal with its lines; a journal not yet reversed can be reversed from here. */
export function JournalDrawer({
  id,
  onOpen,
  onClose,
}: {
  id: string;
  /** Shows another journal: the one this reverses, or its reversal. */
  onOpen: (id: string) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const journal = useJournal(id);
  const reverse = useReverseJournal();
  const canWrite = useHasPermission()('finance:write');
  const j = journal.data;
  const money = (minor: number) =>
    minor ? <Money minor={minor} currency={j?.currency ?? 'CNY'} /> : null;
  return (
    <Drawer open width={760} title={j ? `${j.number} ${j.description}` : ''} onClose={onClose}>
      <ProblemAlert error={journal.error ?? reverse.error} />
      {j && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('ledger.postedOn')}>{j.postedOn}</Descriptions.Item>
            <Descriptions.Item label={t('ledger.source')}>
              {t(`ledger.sources.${j.sourceType}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('ledger.total')}>{money(j.totalMinor)}</Descriptions.Item>
            <Descriptions.Item label={t('ledger.createdAt')}>
              <DateTime value={j.createdAt} />
            </Descriptions.Item>
            {j.reversesId && (
              <Descriptions.Item label={t('ledger.reverses')}>
                <Button type="link" size="small" onClick={() => onOpen(j.reversesId as string)}>
                  {t('ledger.open')}
                </Button>
              </Descriptions.Item>
            )}
            {j.reversedById && (
              <Descriptions.Item label={t('ledger.reversedBy')}>
                <Button type="link" size="small" onClick={() => onOpen(j.reversedById as string)}>
                  {t('ledger.open')}
                </Button>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Table<Line>
            rowKey="seq"
            size="small"
            pagination={false}
            dataSource={j.lines}
            columns={[
              {
                title: t('ledger.account'),
                key: 'account',
                render: (_, l) => `${l.account.code} ${localName(l.account, i18n.language)}`,
              },
              { title: t('ledger.memo'), dataIndex: 'memo' },
              {
                title: t('ledger.debit'),
                dataIndex: 'debitMinor',
                align: 'right',
                render: money,
              },
              {
                title: t('ledger.credit'),
                dataIndex: 'creditMinor',
                align: 'right',
                render: money,
              },
            ]}
          />
          {canWrite && !j.reversesId && !j.reversedById && (
            <Space style={{ marginTop: 16 }}>
              <ReasonButton
                danger
                label={t('ledger.reverse')}
                title={t('ledger.reverseTitle', { number: j.number })}
                onConfirm={async (reason) => onOpen((await reverse.mutateAsync({ id, reason })).id)}
              />
              <Tag>{t('ledger.immutable')}</Tag>
            </Space>
          )}
        </>
      )}
    </Drawer>
  );
}
