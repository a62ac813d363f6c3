import { Button, Card, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { AssignmentsTable } from '../../staffing/components/AssignmentsTable';
import { usePerson } from '../api';
import { AbsencesCard } from '../components/AbsencesCard';
import { CostRatesCard } from '../components/CostRatesCard';
import { CredentialsCard } from '../components/CredentialsCard';
import { PersonForm } from '../components/PersonForm';
import { PersonProfileCard } from '../components/PersonProfileCard';
import { PersonSkillsCard } from '../components/PersonSkillsCard';

/** One person's profile and, for those who may see it, what they cost. */
export default function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const person = usePerson(id);
  const can = useHasPermission();
  const [editing, setEditing] = useState(false);
  if (person.isPending) return <Spin />;
  if (!person.data) return <ProblemAlert error={person.error} />;
  const p = person.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space direction="vertical" size={0}>
            <Typography.Text type="secondary">{p.number}</Typography.Text>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {p.name}
            </Typography.Title>
            <Space>
              <Tag color={p.kind === 'employee' ? 'blue' : 'purple'}>
                {t(`person.kind.${p.kind}`)}
              </Tag>
              <Tag>{t(`person.status.${p.status}`)}</Tag>
              {p.supplier && <Link to={`/suppliers/${p.supplier.id}`}>{p.supplier.name}</Link>}
            </Space>
          </Space>
          {can('people:write') && (
            <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
          )}
        </Space>
      </Card>
      <PersonProfileCard person={p} />
      <PersonSkillsCard personId={p.id} canWrite={can('people:write')} />
      <AbsencesCard personId={p.id} canWrite={can('people:write')} />
      <CredentialsCard personId={p.id} canWrite={can('people:write')} />
      {can('people:cost') && <CostRatesCard person={p} today={dayjs().format('YYYY-MM-DD')} />}
      <Card title={t('staffing.assignments')} size="small">
        <AssignmentsTable
          filter={{ personId: p.id }}
          canWrite={can('staffing:write')}
          show="request"
        />
      </Card>
      {editing && <PersonForm person={p} onClose={() => setEditing(false)} />}
    </Space>
  );
}
