import { Button, Card, Descriptions, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { localName } from '../../../components/local-name';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { useRequest } from '../api';
import { AssignmentsTable } from '../components/AssignmentsTable';
import { CandidatesCard } from '../components/CandidatesCard';
import { offsetLabel, RequestForm } from '../components/RequestForm';
import { requestStatusColor } from './StaffingPage';

/** One staffing request: what it asks for, who fits, and who is booked on it. */
export default function RequestPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const canWrite = useHasPermission()('staffing:write');
  const request = useRequest(id);
  const [editing, setEditing] = useState(false);
  const r = request.data;
  if (!r) return <ProblemAlert error={request.error} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card
        title={
          <Space>
            {r.number} {localName(r.position, i18n.language)}
            <Tag color={requestStatusColor[r.status]}>{t(`staffing.status.${r.status}`)}</Tag>
          </Space>
        }
        extra={canWrite && <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>}
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label={t('staffing.window')}>
            {r.startDate} – {r.endDate}
          </Descriptions.Item>
          <Descriptions.Item label={t('person.hoursPerWeek')}>{r.hoursPerWeek}</Descriptions.Item>
          <Descriptions.Item label={t('staffing.filled')}>
            {r.filled} / {r.headcount}
          </Descriptions.Item>
          <Descriptions.Item label={t('person.grade')}>
            {r.seniority ? t(`rate.seniority.${r.seniority}`) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('staffing.opportunity')}>
            {r.opportunity ? (
              <Link to={`/opportunities?open=${r.opportunity.id}`}>{r.opportunity.name}</Link>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('staffing.maxRate')}>
            {r.maxRateMinor != null && r.currency ? (
              <Money minor={r.maxRateMinor} currency={r.currency} />
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('staffing.skills')}>
            <Space size={2} wrap>
              {r.skills.map((s) => (
                <Tag key={s.skillId}>
                  {localName(s, i18n.language)} ≥ {s.minProficiency} · ×{s.weight}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('person.languages')}>
            {r.languages.map((l) => `${l.code} (${t(`person.level.${l.level}`)})`).join(', ') ||
              '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('person.timeZone')}>
            {r.utcOffsetMin != null || r.utcOffsetMax != null
              ? `${r.utcOffsetMin != null ? offsetLabel(r.utcOffsetMin) : '…'} – ${
                  r.utcOffsetMax != null ? offsetLabel(r.utcOffsetMax) : '…'
                }`
              : '—'}
          </Descriptions.Item>
        </Descriptions>
        {r.notes && <p>{r.notes}</p>}
      </Card>
      {r.status === 'open' && <CandidatesCard request={r} canWrite={canWrite} />}
      <Card title={t('staffing.assignments')} size="small">
        <AssignmentsTable filter={{ requestId: r.id }} canWrite={canWrite} show="person" />
      </Card>
      {editing && <RequestForm request={r} onClose={() => setEditing(false)} />}
    </Space>
  );
}
