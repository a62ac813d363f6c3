import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { localName } from '../../../components/local-name';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useOwnAbsences, useRequestAbsence } from '../availability-api';
import { AbsenceForm } from '../components/AbsenceForm';
import { AbsencesTable } from '../components/AbsencesTable';
import { PersonProfileCard } from '../components/PersonProfileCard';
import { OwnSkillsCard } from '../components/PersonSkillsCard';

/**
 * The signed-in user as a person: their profile, the skills they keep themselves (verified by
 * a manager), their leave requests and their bookings.
 */
export default function MyProfilePage() {
  const { t } = useTranslation();
  const person = useQuery({
    queryKey: ['me', 'person'],
    queryFn: () => unwrap(api.GET('/api/v1/me/person')),
    retry: false,
  });
  if (person.isPending) return null;
  if (!person.data) {
    return (
      <Card title={t('nav.me')}>
        <Empty description={t('me.notLinked')} />
      </Card>
    );
  }
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {person.data.name}
      </Typography.Title>
      <PersonProfileCard person={person.data} />
      <OwnSkillsCard />
      <OwnAbsences />
      <OwnBookings />
    </Space>
  );
}

function OwnAbsences() {
  const { t } = useTranslation();
  const absences = useOwnAbsences();
  const request = useRequestAbsence();
  return (
    <Card title={t('absence.title')} size="small">
      <Typography.Paragraph type="secondary">{t('me.absenceHint')}</Typography.Paragraph>
      <AbsenceForm
        label={t('me.request')}
        saving={request.isPending}
        onSubmit={request.mutateAsync}
      />
      <ProblemAlert error={absences.error ?? request.error} />
      <AbsencesTable absences={absences.data} loading={absences.isFetching} canDecide={false} />
    </Card>
  );
}

function OwnBookings() {
  const { t, i18n } = useTranslation();
  const bookings = useQuery({
    queryKey: ['me', 'assignments'],
    queryFn: () => unwrap(api.GET('/api/v1/me/assignments', { params: { query: {} } })),
  });
  return (
    <Card title={t('staffing.assignments')} size="small">
      <ProblemAlert error={bookings.error} />
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={bookings.data?.items}
        columns={[
          {
            title: t('position.position'),
            key: 'position',
            render: (_, b) => localName(b.position, i18n.language),
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
            render: (s: 'proposed' | 'confirmed') => (
              <Tag color={s === 'confirmed' ? 'green' : 'gold'}>
                {t(`staffing.assignment.${s}`)}
              </Tag>
            ),
          },
        ]}
      />
    </Card>
  );
}
