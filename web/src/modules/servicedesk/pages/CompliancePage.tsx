import { Alert, Button, Card, DatePicker, Descriptions, Popconfirm, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateTime } from '../../../components/DateTime';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { ContractSelect } from '../../contracts/components/ContractSelect';
import { useCompliance, useConfirmSettlement } from '../api';
import { ComplianceLines } from '../components/ComplianceLines';

/**
 * A month's SLA compliance per client contract: each response and resolution line with its
 * credit and the tickets behind it, the chargebacks its suppliers owe, and the finance user's
 * confirmation, which sends both to finance.
 */
export default function CompliancePage() {
  const { t } = useTranslation();
  const can = useHasPermission();
  const [contractId, setContractId] = useState<string | null>(null);
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const report = useCompliance(contractId ? { contractId, month } : null);
  const confirm = useConfirmSettlement();
  const r = report.data;
  return (
    <Card title={t('nav.slaCompliance')} extra={<Link to="/tickets">{t('nav.tickets')}</Link>}>
      <Typography.Paragraph type="secondary">{t('compliance.hint')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <ContractSelect
          filter={{ partyType: 'client' }}
          style={{ width: 320 }}
          aria-label={t('ticket.contract')}
          placeholder={t('ticket.contract')}
          onChange={(id: string) => setContractId(id)}
        />
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('compliance.month')}
          value={dayjs(`${month}-01`)}
          onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
        />
      </Space>
      <ProblemAlert error={report.error ?? confirm.error} />
      {r && (
        <>
          <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
            <Descriptions.Item label={t('compliance.fee')}>
              <Money minor={r.feeMinor} currency={r.currency} />
            </Descriptions.Item>
            <Descriptions.Item label={t('compliance.creditTotal')}>
              <Money minor={r.creditMinor} currency={r.currency} />
            </Descriptions.Item>
            <Descriptions.Item label={t('compliance.settlement')}>
              {r.settlement ? (
                <>
                  {t('compliance.confirmedBy', { name: r.settlement.confirmedBy?.name ?? '—' })}{' '}
                  <DateTime value={r.settlement.confirmedAt} />
                </>
              ) : (
                t('compliance.unconfirmed')
              )}
            </Descriptions.Item>
          </Descriptions>
          <ComplianceLines lines={r.lines} currency={r.currency} />
          <h4 style={{ marginTop: 16 }}>{t('compliance.chargebacks')}</h4>
          {r.chargebacks.length === 0 && (
            <Typography.Paragraph type="secondary">
              {t('compliance.noChargebacks')}
            </Typography.Paragraph>
          )}
          {r.chargebacks.map((c) => (
            <div key={c.contract.id} style={{ marginBottom: 12 }}>
              <Typography.Text strong>
                {c.contract.number} {c.contract.title} ·{' '}
                <Money minor={c.creditMinor} currency={c.currency} />
              </Typography.Text>
              <ComplianceLines lines={c.lines} currency={c.currency} />
            </div>
          ))}
          {!r.settlement && can('finance:approve') && (
            <Space direction="vertical" style={{ marginTop: 12 }}>
              {month >= dayjs().format('YYYY-MM') && (
                <Alert type="warning" showIcon title={t('compliance.monthOpen')} />
              )}
              <Popconfirm
                title={t('compliance.confirmQuestion')}
                onConfirm={() => contractId && confirm.mutateAsync({ contractId, month })}
              >
                <Button type="primary" loading={confirm.isPending}>
                  {t('compliance.confirm')}
                </Button>
              </Popconfirm>
            </Space>
          )}
        </>
      )}
    </Card>
  );
}
