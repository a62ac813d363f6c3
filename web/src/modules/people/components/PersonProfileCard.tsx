import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localName } from '../../../components/local-name';
import type { Person } from '../api';

/** What a person's profile says: role, team, manager, languages, capacity and term. */
export function PersonProfileCard({ person: p }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const none = '—';
  return (
    <Card title={t('person.profile')}>
      <Descriptions column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('position.position')}>
          {p.position ? localName(p.position, i18n.language) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('person.grade')}>
          {p.grade ? t(`rate.seniority.${p.grade}`) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('person.department')}>{p.department ?? none}</Descriptions.Item>
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
  );
}
