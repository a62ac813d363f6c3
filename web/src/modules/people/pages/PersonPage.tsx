import { Button, Card, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { AssignmentsTable } from '../../staffing/components/AssignmentsTable';
import { usePerson } from '../api';
import { CostRatesCard } from '../components/CostRatesCard';
import { PersonForm } from '../components/PersonForm';
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
  const none = '—';
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
      <Card title={t('person.profile')}>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('person.title')}>{p.title ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('person.grade')}>
            {p.grade ? t(`rate.seniority.${p.grade}`) : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('person.department')}>
            {p.department ?? none}
          </Descriptions.Item>
          <Descriptions.Item label={t('person.manager')}>
            {p.manager ? <Link to={`/people/${p.manager.id}`}>{p.manager.name}</Link> : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('auth.email')}>{p.email ?? none}</Descriptions.Item>
          <Descriptions.Item label={t('person.location')}>
            {[p.location, p.timeZone].filter(Boolean).join(' · ') || none}
          </Descriptions.Item>
          <Descriptions.Item label={t('person.languages')}>
            {p.languages.length
              ? p.languages.map((l) => (
                  <Tag key={l.code}>
                    {l.code} · {t(`person.level.${l.level}`)}
                  </Tag>
                ))
              : none}
          </Descriptions.Item>
          <Descriptions.Item label={t('person.capacity')}>
            {t('person.capacityValue', { hours: p.hoursPerWeek, percent: p.partTimePercent })}
          </Descriptions.Item>
          <Descriptions.Item label={t('contract.term')}>
            {p.startDate ?? '…'} – {p.endDate ?? '…'}
          </Descriptions.Item>
          {p.supplierContractId && (
            <Descriptions.Item label={t('person.supplierContract')}>
              <Link to={`/contracts/${p.supplierContractId}`}>{t('person.openContract')}</Link>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <PersonSkillsCard personId={p.id} canWrite={can('people:write')} />
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
