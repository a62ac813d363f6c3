import { Button, Card, Descriptions, Popconfirm, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import { ContractsTable } from '../../contracts/components/ContractsTable';
import { FeedbackTab } from '../../feedback/components/FeedbackTab';
import { ClientExposure } from '../../finance/components/ClientExposure';
import { useArchiveClient, useClient } from '../api';
import { ClientForm } from '../components/ClientForm';
import { ClientOpportunities } from '../components/ClientOpportunities';
import { ClientStatusTag, ClientTierTag } from '../components/ClientTags';
import { CommunicationPlan } from '../components/CommunicationPlan';
import { ContactsCard } from '../components/ContactsCard';
import { InteractionTimeline } from '../components/InteractionTimeline';
import { RequirementsCard } from '../components/RequirementsCard';

/** The client's 360° page: profile, contacts, interactions, opportunities and contracts. */
export default function ClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const client = useClient(id);
  const archive = useArchiveClient();
  const can = useHasPermission();
  const canWrite = can('clients:write');
  const canSeeOpportunities = can('opportunities:read');
  const canWriteOpportunities = can('opportunities:write');
  const [editing, setEditing] = useState(false);
  const me = useMe().data;
  const internal = !me?.party;
  const baseCurrency = me?.workspace?.baseCurrency ?? 'CNY';
  if (client.isPending) return <Spin />;
  if (!client.data) return <ProblemAlert error={client.error} />;
  const c = client.data;
  const archived = Boolean(c.archivedAt);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space direction="vertical" size={0}>
            <Typography.Text type="secondary">{c.number}</Typography.Text>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {c.name} {archived && <Tag>{t('client.archived')}</Tag>}
            </Typography.Title>
            <Space>
              <ClientStatusTag status={c.status} />
              <ClientTierTag tier={c.tier} />
              {c.tags.map((x) => (
                <Tag key={x}>{x}</Tag>
              ))}
            </Space>
          </Space>
          {canWrite && (
            <Space>
              <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
              <Popconfirm
                title={archived ? t('client.restoreConfirm') : t('client.archiveConfirm')}
                onConfirm={() =>
                  archive.mutate({ id: c.id, version: c.version, archived: !archived })
                }
              >
                <Button danger={!archived}>
                  {archived ? t('client.restore') : t('client.archive')}
                </Button>
              </Popconfirm>
            </Space>
          )}
        </Space>
        <ProblemAlert error={archive.error} />
      </Card>
      <Tabs
        items={[
          {
            key: 'overview',
            label: t('client.overview'),
            children: (
              <Card>
                <Descriptions column={{ xs: 1, md: 2 }}>
                  <Descriptions.Item label={t('client.legalName')}>
                    {c.legalName ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('client.industry')}>
                    {c.industry ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('client.country')}>
                    {c.country ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('client.owner')}>
                    {c.owner?.name ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('client.taxId')}>{c.taxId ?? '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('client.billingEmail')}>
                    {c.billingEmail ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('client.billingAddress')}>
                    {c.billingAddress ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('client.billingPhone')}>
                    {c.billingPhone ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('client.billingBank')}>
                    {c.billingBank ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('client.paymentTermsDays')}>
                    {c.paymentTermsDays ?? '—'}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('client.creditLimit')}>
                    {c.creditLimitMinor === null ? (
                      '—'
                    ) : (
                      <Money minor={c.creditLimitMinor} currency={baseCurrency} />
                    )}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('common.createdAt')}>
                    <DateTime value={c.createdAt} />
                  </Descriptions.Item>
                </Descriptions>
                {internal && <ClientExposure clientId={c.id} />}
              </Card>
            ),
          },
          {
            key: 'contacts',
            label: `${t('client.contacts')} (${c.contactCount})`,
            children: <ContactsCard clientId={c.id} canWrite={canWrite && !archived} />,
          },
          ...(internal
            ? [
                {
                  key: 'interactions',
                  label: t('interaction.tab'),
                  children: (
                    <>
                      <CommunicationPlan clientId={c.id} canWrite={canWrite && !archived} />
                      <InteractionTimeline clientId={c.id} canWrite={canWrite && !archived} />
                    </>
                  ),
                },
                {
                  key: 'feedback',
                  label: t('feedback.tab'),
                  children: <FeedbackTab clientId={c.id} canWrite={canWrite && !archived} />,
                },
              ]
            : []),
          {
            key: 'requirements',
            label: t('requirement.tab'),
            children: <RequirementsCard clientId={c.id} canWrite={canWrite && !archived} />,
          },
          ...(canSeeOpportunities
            ? [
                {
                  key: 'opportunities',
                  label: t('nav.opportunities'),
                  children: (
                    <ClientOpportunities
                      clientId={c.id}
                      canWrite={canWriteOpportunities && !archived}
                    />
                  ),
                },
              ]
            : []),
          ...(can('contracts:read')
            ? [
                {
                  key: 'contracts',
                  label: t('nav.contracts'),
                  children: <ContractsTable filter={{ clientId: c.id }} />,
                },
              ]
            : []),
        ]}
      />
      {editing && <ClientForm client={c} onClose={() => setEditing(false)} />}
    </Space>
  );
}
