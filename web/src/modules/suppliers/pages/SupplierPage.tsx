import { Button, Card, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { ContractsTable } from '../../contracts/components/ContractsTable';
import { useSupplier } from '../api';
import { EvaluationsCard } from '../components/EvaluationsCard';
import { OnboardingCard } from '../components/OnboardingCard';
import { QualificationsCard } from '../components/QualificationsCard';
import { StatusChange } from '../components/StatusChange';
import { SupplierContactsCard } from '../components/SupplierContactsCard';
import { SupplierForm } from '../components/SupplierForm';
import { SupplierProfileForm } from '../components/SupplierProfileForm';
import { SupplierStatusTag } from '../components/SupplierStatusTag';

const tags = (items: string[]) => (items.length ? items.map((x) => <Tag key={x}>{x}</Tag>) : '—');

/** A supplier's profile, capabilities, bank details (with permission) and status. */
export default function SupplierPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const supplier = useSupplier(id);
  const can = useHasPermission();
  const canWrite = can('suppliers:write');
  const canEditProfile = !canWrite && can('suppliers:profile');
  const [editing, setEditing] = useState(false);
  if (supplier.isPending) return <Spin />;
  if (!supplier.data) return <ProblemAlert error={supplier.error} />;
  const s = supplier.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space direction="vertical" size={0}>
            <Typography.Text type="secondary">{s.number}</Typography.Text>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {s.name}
            </Typography.Title>
            <Space>
              <SupplierStatusTag status={s.status} />
              {s.riskTier && <Tag>{t(`supplier.riskTier.${s.riskTier}`)}</Tag>}
              {s.mandatoryQualificationExpired && (
                <Tag color="red">{t('qualification.mandatoryExpired')}</Tag>
              )}
            </Space>
            {s.statusReason && (
              <Typography.Text type="secondary">
                {t('supplier.reason')}: {s.statusReason}
              </Typography.Text>
            )}
          </Space>
          {canEditProfile && (
            <Button onClick={() => setEditing(true)}>{t('supplier.editProfile')}</Button>
          )}
          {canWrite && (
            <Space>
              <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
              <StatusChange supplier={s} />
            </Space>
          )}
        </Space>
      </Card>
      <Card title={t('supplier.profile')}>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('client.legalName')}>{s.legalName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('client.country')}>{s.country ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('supplier.categories')}>
            {tags(s.categories)}
          </Descriptions.Item>
          <Descriptions.Item label={t('supplier.skills')}>{tags(s.skills)}</Descriptions.Item>
          <Descriptions.Item label={t('supplier.regions')}>{tags(s.regions)}</Descriptions.Item>
          <Descriptions.Item label={t('supplier.languages')}>{tags(s.languages)}</Descriptions.Item>
          <Descriptions.Item label={t('supplier.website')}>{s.website ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('auth.email')}>{s.email ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('contact.phone')}>{s.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('client.taxId')}>{s.taxId ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      {s.bank && (
        <Card title={t('supplier.bank')}>
          <Descriptions column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('supplier.bankName')}>
              {s.bank.name ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('supplier.bankAccount')}>
              {s.bank.account ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="SWIFT/BIC">{s.bank.swift ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {canWrite && s.status !== 'blacklisted' && <OnboardingCard supplierId={s.id} />}
      <SupplierContactsCard supplierId={s.id} editable={can('suppliers:profile')} />
      <QualificationsCard supplierId={s.id} />
      <EvaluationsCard supplierId={s.id} />
      {can('contracts:read') && (
        <Card title={t('nav.contracts')}>
          <ContractsTable filter={{ supplierId: s.id }} />
        </Card>
      )}
      {editing &&
        (canWrite ? (
          <SupplierForm supplier={s} onClose={() => setEditing(false)} />
        ) : (
          <SupplierProfileForm supplier={s} onClose={() => setEditing(false)} />
        ))}
    </Space>
  );
}
