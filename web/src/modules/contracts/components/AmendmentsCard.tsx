import { Button, Card, DatePicker, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../components/local-name';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { type Amendment, type Contract, useAmendmentSteps, useAmendments } from '../api';
import { DecisionDialog } from './ContractActions';

type Change = Amendment['diff'][number];
type RateVersion = {
  position: { id: string; nameZh: string; nameEn: string };
  seniority: string;
  unit: string;
  rateMinor: number;
  effectiveFrom: string;
};
type SlaTerms = { metric: string; priority?: string | null; target: number };

/** One side of a change, in the words and units of its field. */
function ChangeValue({
  field,
  value,
  currency,
}: {
  field: string;
  value: unknown;
  currency: string;
}) {
  const { t, i18n } = useTranslation();
  if (value === null || value === undefined) return <>—</>;
  if (field === 'valueMinor' || field === 'capMinor')
    return <Money minor={value as number} currency={currency} />;
  if (field === 'autoRenew') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (field === 'rates') {
    return (
      <>
        {(value as RateVersion[]).map((r) => (
          <div key={`${r.position.id}-${r.seniority}-${r.effectiveFrom}`}>
            {localName(r.position, i18n.language)} · {t(`rate.seniority.${r.seniority}`)}:{' '}
            <Money minor={r.rateMinor} currency={currency} />/{t(`rate.unit.${r.unit}`)}{' '}
            {t('amendment.from', { day: r.effectiveFrom })}
          </div>
        ))}
      </>
    );
  }
  if (field === 'slas') {
    return (
      <>
        {(value as SlaTerms[]).map((s) => (
          <div key={`${s.metric}-${s.priority ?? ''}`}>
            {t(`sla.metric.${s.metric}`)} {s.priority?.toUpperCase()} {s.target}
          </div>
        ))}
      </>
    );
  }
  return <span style={{ whiteSpace: 'pre-wrap' }}>{String(value)}</span>;
}

/** The contract's version history: each amendment with its diff and the step it waits for. */
export function AmendmentsCard({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const can = useHasPermission();
  const amendments = useAmendments(contract.id);
  const steps = useAmendmentSteps(contract.id);
  const [deciding, setDeciding] = useState<Amendment | null>(null);
  const [signedOn, setSignedOn] = useState(dayjs());
  const error = amendments.error ?? steps.submit.error ?? steps.withdraw.error ?? steps.sign.error;
  if (amendments.data?.length === 0) return <Empty description={t('amendment.none')} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <ProblemAlert error={error} />
      {amendments.data?.map((a) => {
        const key = { amendmentId: a.id, version: a.version };
        const has = (x: Amendment['actions'][number]) => a.actions.includes(x);
        return (
          <Card
            key={a.id}
            size="small"
            title={
              <Space>
                {t('amendment.number', { seq: a.seq })} {a.title}
                <Tag>{t(`amendment.status.${a.status}`)}</Tag>
                {a.signedOn && <Typography.Text type="secondary">{a.signedOn}</Typography.Text>}
              </Space>
            }
            extra={
              <Space>
                {can('contracts:write') && has('submit') && (
                  <Button size="small" type="primary" onClick={() => steps.submit.mutate(key)}>
                    {t('contract.submit')}
                  </Button>
                )}
                {can('contracts:approve') && has('decide') && (
                  <Button size="small" type="primary" onClick={() => setDeciding(a)}>
                    {t('contract.decide')}
                  </Button>
                )}
                {can('contracts:write') && has('sign') && (
                  <>
                    <DatePicker
                      size="small"
                      value={signedOn}
                      onChange={(d) => d && setSignedOn(d)}
                      allowClear={false}
                    />
                    <Button
                      size="small"
                      type="primary"
                      onClick={() =>
                        steps.sign.mutate({ ...key, signedOn: signedOn.format('YYYY-MM-DD') })
                      }
                    >
                      {t('amendment.sign')}
                    </Button>
                  </>
                )}
                {can('contracts:write') && has('withdraw') && (
                  <Popconfirm
                    title={t('contract.withdrawConfirm')}
                    onConfirm={() => steps.withdraw.mutate(key)}
                  >
                    <Button size="small">{t('contract.withdraw')}</Button>
                  </Popconfirm>
                )}
              </Space>
            }
          >
            <Typography.Paragraph>{a.reason}</Typography.Paragraph>
            {a.statusReason && (
              <Typography.Paragraph type="danger">{a.statusReason}</Typography.Paragraph>
            )}
            <Table<Change>
              size="small"
              rowKey="field"
              pagination={false}
              dataSource={a.diff}
              columns={[
                {
                  title: t('amendment.field'),
                  dataIndex: 'field',
                  render: (f) => t(`amendment.fields.${f}`),
                },
                {
                  title: t('amendment.before'),
                  key: 'before',
                  render: (_, d) => (
                    <ChangeValue field={d.field} value={d.before} currency={contract.currency} />
                  ),
                },
                {
                  title: t('amendment.after'),
                  key: 'after',
                  render: (_, d) => (
                    <ChangeValue field={d.field} value={d.after} currency={contract.currency} />
                  ),
                },
              ]}
            />
          </Card>
        );
      })}
      {deciding && (
        <DecisionDialog
          pending={steps.decide.isPending}
          error={steps.decide.error}
          onClose={() => setDeciding(null)}
          onDecide={(d) =>
            steps.decide.mutateAsync({ amendmentId: deciding.id, version: deciding.version, ...d })
          }
        />
      )}
    </Space>
  );
}
