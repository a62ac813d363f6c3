import { Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHasPermission, useMe } from '../../auth/api';
import { RateCardTable } from '../../contracts/components/RateCardTable';
import { EvaluationTemplates } from '../../suppliers/components/EvaluationTemplates';
import { OnboardingChecklist } from '../../suppliers/components/OnboardingChecklist';
import { ApprovalRules } from '../components/ApprovalRules';
import { CurrencySettings } from '../components/CurrencySettings';
import { ExchangeRates } from '../components/ExchangeRates';
import { PositionsCard } from '../components/PositionsCard';
import { WorkerDocuments } from '../components/WorkerDocuments';

/** Money settings the whole workspace shares: currency, exchange rates, approvals, default rates. */
export default function WorkspaceSettingsPage() {
  const { t } = useTranslation();
  const can = useHasPermission();
  const { data: me } = useMe();
  const editable = can('settings:write');
  const baseCurrency = me?.workspace?.baseCurrency ?? 'CNY';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('settings.currencies')}>
        <CurrencySettings editable={editable} />
      </Card>
      <Card title={t('settings.exchangeRates')}>
        <ExchangeRates baseCurrency={baseCurrency} editable={editable} />
      </Card>
      <Card title={t('settings.approvalRules')}>
        <ApprovalRules baseCurrency={baseCurrency} editable={editable} />
      </Card>
      {can('suppliers:read') && (
        <Card title={t('onboarding.checklist')}>
          <OnboardingChecklist editable={editable} />
        </Card>
      )}
      {can('suppliers:read') && (
        <Card title={t('evaluation.templates')}>
          <EvaluationTemplates editable={can('suppliers:write')} />
        </Card>
      )}
      <Card title={t('position.catalogue')}>
        <PositionsCard editable={editable} />
      </Card>
      <Card title={t('settings.workerDocuments')}>
        <WorkerDocuments editable={editable} />
      </Card>
      {can('contracts:read') && (
        <Card title={t('settings.defaultRateCard')}>
          <RateCardTable contractId={null} editable={can('contracts:write')} />
        </Card>
      )}
    </Space>
  );
}
