import { Card, Descriptions, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Money } from '../../../components/Money';
import { percentOf } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import { contentUrl, useDocuments } from '../../documents/api';
import { DocumentsCard } from '../../documents/DocumentsCard';
import { type Contract, contractDocumentCategories, contractPath, useContract } from '../api';
import { AmendmentsCard } from '../components/AmendmentsCard';
import { ApprovalsCard } from '../components/ApprovalsCard';
import { BackToBackCard } from '../components/BackToBackCard';
import { ContractActions } from '../components/ContractActions';
import { ContractStatusTag } from '../components/ContractStatusTag';
import { ContractTerms } from '../components/ContractTerms';
import { ObligationsCard } from '../components/ObligationsCard';
import { RateCardTable } from '../components/RateCardTable';
import { SlaTable } from '../components/SlaTable';

/** One contract: its terms, review, rate card, SLAs and the contracts on the other side. */
export default function ContractPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const contract = useContract(id);
  const { data: me } = useMe();
  const canWrite = useHasPermission()('contracts:write');
  if (contract.isPending) return <Spin />;
  if (!contract.data) return <ProblemAlert error={contract.error} />;
  const c = contract.data;
  const internal = !me?.party;
  const editable = canWrite && (c.actions ?? []).includes('edit');
  return (
    // Keyed by contract: moving to a linked contract starts its tabs and dialogs afresh.
    <Space key={c.id} direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Space direction="vertical" size={0}>
            <Typography.Text type="secondary">
              {c.number} · {t(`contract.type.${c.type}`)}
            </Typography.Text>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {c.title}
            </Typography.Title>
            <Space wrap>
              <ContractStatusTag status={c.status} />
              <Tag>{t(`contract.partyType.${c.partyType}`)}</Tag>
              <Link
                to={`/${c.partyType === 'client' ? 'clients' : 'suppliers'}/${c.counterparty.id}`}
              >
                {c.counterparty.name}
              </Link>
            </Space>
            {c.statusReason && (
              <Typography.Text type="secondary">
                {t('supplier.reason')}: {c.statusReason}
              </Typography.Text>
            )}
          </Space>
          {internal && <ContractActions contract={c} />}
        </Space>
      </Card>
      <Tabs
        items={[
          { key: 'overview', label: t('client.overview'), children: <Overview contract={c} /> },
          ...(internal
            ? [
                {
                  key: 'review',
                  label: t('contract.review'),
                  children: <ApprovalsCard contract={c} />,
                },
              ]
            : []),
          {
            key: 'rates',
            label: t('contract.rateCard'),
            children: <RateCardTable contractId={c.id} editable={editable} />,
          },
          {
            key: 'slas',
            label: t('contract.slas'),
            children: <SlaTable contractId={c.id} editable={editable} />,
          },
          {
            key: 'terms',
            label: t('clause.termsTab'),
            children: (
              <Space direction="vertical" style={{ width: '100%' }}>
                <ContractTerms contractId={c.id} editable={editable} />
                {internal && <ObligationsCard contractId={c.id} canWrite={canWrite} />}
              </Space>
            ),
          },
          {
            key: 'documents',
            label: t('document.title'),
            children: (
              <DocumentsCard
                basePath={contractPath(c.id)}
                categories={contractDocumentCategories}
                permanent={['signed']}
                canWrite={canWrite}
              />
            ),
          },
          ...(internal
            ? [
                {
                  key: 'amendments',
                  label: t('amendment.tab'),
                  children: <AmendmentsCard contract={c} />,
                },
                {
                  key: 'b2b',
                  label: t('contract.backToBack'),
                  children: <BackToBackCard contract={c} />,
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}

function Overview({ contract: c }: { contract: Contract }) {
  const { t } = useTranslation();
  const none = '—';
  return (
    <Card>
      <Descriptions column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('contract.value')}>
          <Money minor={c.valueMinor} currency={c.currency} />
        </Descriptions.Item>
        <Descriptions.Item label={t('contract.billingModelLabel')}>
          {t(`contract.billingModel.${c.billingModel}`)}
        </Descriptions.Item>
        {c.capMinor !== null && (
          <Descriptions.Item label={t('contract.cap')}>
            <Money minor={c.capMinor} currency={c.currency} />
          </Descriptions.Item>
        )}
        {c.hourBlock !== null && (
          <Descriptions.Item label={t('contract.hourBlock')}>{c.hourBlock}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('contract.term')}>
          {c.startDate} – {c.endDate ?? none}
        </Descriptions.Item>
        <Descriptions.Item label={t('contract.noticeDays')}>{c.noticeDays}</Descriptions.Item>
        <Descriptions.Item label={t('contract.autoRenew')}>
          {c.autoRenew ? t('common.yes') : t('common.no')}
        </Descriptions.Item>
        <Descriptions.Item label={t('contract.paymentTermsDays')}>
          {c.paymentTermsDays}
        </Descriptions.Item>
        {c.partyType === 'client' && (
          <>
            {c.billingModel === 'retainer' && (
              <Descriptions.Item label={t('contract.retainerPeriod')}>
                {t(`contract.retainerPeriods.${c.retainerPeriod}`)}
                {c.retainerOverage && ` · ${t('contract.retainerOverage')}`}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('contract.expenseMarkup')}>
              {`${percentOf(c.expenseMarkup)}%`}
            </Descriptions.Item>
            <Descriptions.Item label={t('contract.invoiceDetail')}>
              {t(`contract.invoiceDetails.${c.invoiceDetail}`)}
            </Descriptions.Item>
          </>
        )}
        {c.partyType === 'supplier' && (
          <Descriptions.Item label={t('contract.paymentRelease')}>
            {t(`contract.paymentReleases.${c.paymentRelease}`)}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('client.owner')}>{c.owner?.name ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('contract.parent')}>
          {c.parent ? (
            <Link to={`/contracts/${c.parent.id}`}>{`${c.parent.number} ${c.parent.title}`}</Link>
          ) : (
            none
          )}
        </Descriptions.Item>
        {c.renewsId && (
          <Descriptions.Item label={t('contract.renews')}>
            <Link to={`/contracts/${c.renewsId}`}>{t('contract.previous')}</Link>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('contract.signedOn')}>{c.signedOn ?? none}</Descriptions.Item>
        <Descriptions.Item label={t('document.signedCopy')}>
          <SignedCopy contractId={c.id} />
        </Descriptions.Item>
        <Descriptions.Item label={t('contract.signatories')}>
          {c.signatories.length
            ? c.signatories.map((s) => `${s.name}${s.title ? ` (${s.title})` : ''}`).join(', ')
            : none}
        </Descriptions.Item>
        {c.fxRate && (
          <Descriptions.Item label={t('contract.lockedRate')}>
            {t('contract.lockedRateValue', {
              rate: c.fxRate,
              date: c.fxDate,
              currency: c.currency,
            })}
          </Descriptions.Item>
        )}
      </Descriptions>
      {c.feeSchedule.length > 0 && (
        <Descriptions title={t('contract.feeSchedule')} column={1} size="small">
          {c.feeSchedule.map((f) => (
            <Descriptions.Item key={`${f.date}-${f.label}`} label={`${f.date} ${f.label}`}>
              <Money minor={f.amountMinor} currency={c.currency} />
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
      {c.scope && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 16 }}>
          {c.scope}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

/** The newest version of the signed copy, when one was uploaded. */
function SignedCopy({ contractId }: { contractId: string }) {
  const documents = useDocuments(contractPath(contractId));
  const signed = documents.data?.find((d) => d.category === 'signed');
  const latest = signed?.versions[0];
  if (!signed || !latest) return <>—</>;
  return (
    <a
      href={contentUrl(contractPath(contractId), signed.id, latest.version)}
      download={latest.fileName}
    >
      {latest.fileName}
    </a>
  );
}
