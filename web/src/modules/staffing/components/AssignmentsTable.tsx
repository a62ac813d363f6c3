import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { deleteColumn } from '../../../components/DeleteButton';
import { localName } from '../../../components/local-name';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  type Assignment,
  type AssignmentFilter,
  useAssignments,
  useChangeAssignments,
} from '../api';

/** Bookings of a request or a person: proposed ones can be confirmed, any can be dropped. */
export function AssignmentsTable({
  filter,
  canWrite,
  show,
}: {
  filter: AssignmentFilter;
  canWrite: boolean;
  /** Which side of the booking to name: the person (on a request) or the request (on a person). */
  show: 'person' | 'request';
}) {
  const { t, i18n } = useTranslation();
  const assignments = useAssignments({ limit: 100, ...filter });
  const { update, remove } = useChangeAssignments();
  return (
    <>
      <ProblemAlert error={assignments.error ?? update.error ?? remove.error} />
      <Table<Assignment>
        rowKey="id"
        size="small"
        loading={assignments.isFetching}
        dataSource={assignments.data?.items}
        pagination={false}
        columns={[
          show === 'person'
            ? {
                title: t('person.name'),
                key: 'person',
                render: (_, a) => <Link to={`/people/${a.person.id}`}>{a.person.name}</Link>,
              }
            : {
                title: t('staffing.request'),
                key: 'request',
                render: (_, a) =>
                  a.request ? (
                    <Link to={`/staffing/requests/${a.request.id}`}>{a.request.number}</Link>
                  ) : (
                    '—'
                  ),
              },
          {
            title: t('position.position'),
            key: 'position',
            render: (_, a) => localName(a.position, i18n.language),
          },
          {
            title: t('staffing.window'),
            key: 'window',
            render: (_, a) => `${a.startDate} – ${a.endDate}`,
          },
          { title: t('person.hoursPerWeek'), dataIndex: 'hoursPerWeek' },
          {
            title: t('client.statusLabel'),
            dataIndex: 'status',
            render: (s: Assignment['status'], a) =>
              s === 'proposed' && canWrite ? (
                <Button
                  size="small"
                  onClick={() =>
                    update.mutate({ id: a.id, version: a.version, status: 'confirmed' })
                  }
                >
                  {t('staffing.confirm')}
                </Button>
              ) : (
                <Tag color={s === 'confirmed' ? 'green' : 'gold'}>
                  {t(`staffing.assignment.${s}`)}
                </Tag>
              ),
          },
          ...deleteColumn<Assignment>(canWrite, (id) => remove.mutate(id)),
        ]}
      />
    </>
  );
}
