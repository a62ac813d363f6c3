import { Button, Descriptions, Drawer, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../components/local-name';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ReasonButton } from '../../../components/ReasonButton';
import { hoursOf, statusColor, type TimeEntry, useDecide, useTimesheet } from '../api';

const sumOf = (entries: TimeEntry[], pick: (e: TimeEntry) => number | null | undefined) =>
  entries.reduce((s, e) => s + (pick(e) ?? 0), 0);

/**
 * One person's week on one project, entry by entry: once approved, what each hour bills and
 * costs in the base currency and the margin between (each shown only to who may see it).
 */
export function SheetDrawer({
  id,
  mayDecide,
  mayReverse,
  onClose,
}: {
  id: string | null;
  mayDecide: boolean;
  mayReverse: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const sheet = useTimesheet(id);
  const { approve, reject, reverse } = useDecide();
  const s = sheet.data;
  const waiting = s?.status === 'submitted' || s?.status === 'supplier_approved';
  const base = s?.baseCurrency ?? 'EUR';
  const money = (minor: number | null | undefined) =>
    minor === null || minor === undefined ? '—' : <Money minor={minor} currency={base} />;
  const seesBill = s?.entries.some((e) => 'bill' in e);
  const seesCost = s?.entries.some((e) => 'cost' in e);
  return (
    <Drawer open={Boolean(id)} onClose={onClose} width={900} title={t('time.sheetTitle')}>
      <ProblemAlert error={sheet.error ?? approve.error ?? reject.error ?? reverse.error} />
      {s && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('time.person')}>{s.person.name}</Descriptions.Item>
            <Descriptions.Item label={t('time.project')}>
              {s.project.number} {s.project.name}
            </Descriptions.Item>
            <Descriptions.Item label={t('time.week')}>{s.weekStart}</Descriptions.Item>
            <Descriptions.Item label={t('time.statusLabel')}>
              <Tag color={statusColor[s.status]}>{t(`time.status.${s.status}`)}</Tag>
            </Descriptions.Item>
            {s.rejectionReason && (
              <Descriptions.Item label={t('time.reason')}>{s.rejectionReason}</Descriptions.Item>
            )}
          </Descriptions>
          <Table<TimeEntry>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={s.entries}
            columns={[
              { title: t('time.day'), dataIndex: 'day' },
              { title: t('time.task'), key: 'task', render: (_, e) => e.task?.name ?? '—' },
              {
                title: t('time.hours'),
                key: 'hours',
                align: 'right',
                render: (_, e) => hoursOf(e.minutes),
              },
              {
                title: t('time.billable'),
                key: 'billable',
                render: (_, e) => (e.billable ? t('common.yes') : t('common.no')),
              },
              {
                title: t('position.position'),
                key: 'position',
                render: (_, e) => (e.position ? localName(e.position, i18n.language) : '—'),
              },
              ...(seesBill
                ? [
                    {
                      title: t('time.billValue'),
                      key: 'bill',
                      align: 'right' as const,
                      render: (_: unknown, e: TimeEntry) =>
                        e.bill?.currency ? (
                          <Money minor={e.bill.minor} currency={e.bill.currency} />
                        ) : (
                          money(e.bill?.minor)
                        ),
                    },
                    {
                      title: t('time.billBase', { currency: base }),
                      key: 'billBase',
                      align: 'right' as const,
                      render: (_: unknown, e: TimeEntry) => money(e.bill?.baseMinor),
                    },
                  ]
                : []),
              ...(seesCost
                ? [
                    {
                      title: t('time.costBase', { currency: base }),
                      key: 'cost',
                      align: 'right' as const,
                      render: (_: unknown, e: TimeEntry) => money(e.cost?.baseMinor),
                    },
                    {
                      title: t('time.margin', { currency: base }),
                      key: 'margin',
                      align: 'right' as const,
                      render: (_: unknown, e: TimeEntry) => money(e.marginBaseMinor),
                    },
                  ]
                : []),
              { title: t('time.note'), dataIndex: 'note', render: (v) => v ?? '' },
            ]}
            summary={(entries) =>
              s.status === 'approved' && (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={2}>
                    {t('time.total')}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    {hoursOf(sumOf([...entries], (e) => e.minutes))}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} colSpan={2} />
                  {seesBill && (
                    <>
                      <Table.Summary.Cell index={5} />
                      <Table.Summary.Cell index={6} align="right">
                        <span data-testid="sheet-bill">
                          {money(sumOf([...entries], (e) => e.bill?.baseMinor))}
                        </span>
                      </Table.Summary.Cell>
                    </>
                  )}
                  {seesCost && (
                    <>
                      <Table.Summary.Cell index={7} align="right">
                        <span data-testid="sheet-cost">
                          {money(sumOf([...entries], (e) => e.cost?.baseMinor))}
                        </span>
                      </Table.Summary.Cell>
                      <Table.Summary.Cell index={8} align="right">
                        <span data-testid="sheet-margin">
                          {money(sumOf([...entries], (e) => e.marginBaseMinor))}
                        </span>
                      </Table.Summary.Cell>
                    </>
                  )}
                  <Table.Summary.Cell index={9} />
                </Table.Summary.Row>
              )
            }
          />
          <Space>
            {waiting && mayDecide && (
              <>
                <Button
                  type="primary"
                  size="small"
                  loading={approve.isPending}
                  onClick={() => approve.mutate({ id: s.id, version: s.version })}
                >
                  {t('time.approve')}
                </Button>
                <ReasonButton
                  danger
                  label={t('time.reject')}
                  title={t('time.rejectTitle')}
                  onConfirm={(reason) =>
                    reject.mutateAsync({ id: s.id, version: s.version, reason })
                  }
                />
              </>
            )}
            {s.status === 'approved' && mayReverse && (
              <ReasonButton
                danger
                label={t('time.reverse')}
                title={t('time.reverseTitle')}
                onConfirm={(reason) =>
                  reverse.mutateAsync({ id: s.id, version: s.version, reason })
                }
              />
            )}
          </Space>
        </Space>
      )}
    </Drawer>
  );
}
