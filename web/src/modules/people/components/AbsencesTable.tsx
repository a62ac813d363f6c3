import { Button, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DeleteButton } from '../../../components/DeleteButton';
import { type Absence, useChangeAbsences } from '../availability-api';

const statusColor = { requested: 'gold', approved: 'green', rejected: 'default' } as const;

/** Absences with their state; an approver decides the requested ones and removes any. */
export function AbsencesTable({
  absences,
  loading,
  canDecide,
  showPerson = false,
}: {
  absences: Absence[] | undefined;
  loading: boolean;
  canDecide: boolean;
  showPerson?: boolean;
}) {
  const { t } = useTranslation();
  const { decide, remove } = useChangeAbsences();
  return (
    <Table<Absence>
      rowKey="id"
      size="small"
      pagination={false}
      loading={loading}
      dataSource={absences}
      columns={[
        ...(showPerson
          ? [
              {
                title: t('person.name'),
                key: 'person',
                render: (_: unknown, a: Absence) => (
                  <Link to={`/people/${a.person.id}`}>{a.person.name}</Link>
                ),
              },
            ]
          : []),
        { title: t('absence.kindLabel'), dataIndex: 'kind', render: (k) => t(`absence.kind.${k}`) },
        {
          title: t('absence.days'),
          key: 'days',
          render: (_, a) => `${a.startDate} – ${a.endDate}`,
        },
        { title: t('absence.note'), dataIndex: 'note', render: (v) => v ?? '' },
        {
          title: t('client.statusLabel'),
          dataIndex: 'status',
          render: (s: Absence['status']) => (
            <Tag color={statusColor[s]}>{t(`absence.status.${s}`)}</Tag>
          ),
        },
        ...(canDecide
          ? [
              {
                key: 'actions',
                render: (_: unknown, a: Absence) => (
                  <Space size={0}>
                    {a.status === 'requested' && (
                      <>
                        <Button
                          type="link"
                          onClick={() => decide.mutate({ absence: a, decision: 'approved' })}
                        >
                          {t('absence.approve')}
                        </Button>
                        <Button
                          type="link"
                          danger
                          onClick={() => decide.mutate({ absence: a, decision: 'rejected' })}
                        >
                          {t('absence.reject')}
                        </Button>
                      </>
                    )}
                    <DeleteButton onConfirm={() => remove.mutate(a)} />
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
