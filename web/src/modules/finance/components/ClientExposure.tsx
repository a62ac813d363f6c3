import { Alert, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { formatMoney } from '../../../components/money';
import { type ClientExposure as Exposure, useClientExposure } from '../api';

/** Warnings for a client past its credit limit or with overdue invoices; nothing otherwise. */
export function ExposureWarning({ exposure }: { exposure: Exposure | undefined }) {
  const { t, i18n } = useTranslation();
  if (!exposure || (!exposure.overLimit && exposure.overdueMinor <= 0)) return null;
  const money = (minor: number) => formatMoney(minor, exposure.currency, i18n.language);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={[
        exposure.overLimit &&
          t('exposure.overLimit', {
            open: money(exposure.openMinor),
            limit: money(exposure.creditLimitMinor ?? 0),
          }),
        exposure.overdueMinor > 0 &&
          t('exposure.overdue', { overdue: money(exposure.overdueMinor) }),
      ]
        .filter(Boolean)
        .join(' ')}
    />
  );
}

/** What the client owes us against its credit limit, on the client's page. */
export function ClientExposure({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const exposure = useClientExposure(clientId).data;
  if (!exposure) return null;
  const money = (minor: number | null) =>
    minor === null ? '—' : <Money minor={minor} currency={exposure.currency} />;
  return (
    <Card title={t('exposure.title')} size="small">
      <ExposureWarning exposure={exposure} />
      <Descriptions size="small" column={3}>
        <Descriptions.Item label={t('exposure.limit')}>
          {money(exposure.creditLimitMinor)}
        </Descriptions.Item>
        <Descriptions.Item label={t('exposure.open')}>
          {money(exposure.openMinor)}
        </Descriptions.Item>
        <Descriptions.Item label={t('exposure.overdueLabel')}>
          {money(exposure.overdueMinor)}
        </Descriptions.Item>
        <Descriptions.Item label={t('exposure.available')}>
          {money(exposure.availableMinor)}
        </Descriptions.Item>
        <Descriptions.Item label={t('exposure.dso')}>
          {exposure.dsoDays === null ? '—' : t('exposure.days', { count: exposure.dsoDays })}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
