import { Card, Space, Table, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { localName } from '../../../components/local-name';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SupplierStatusTag } from '../components/SupplierStatusTag';
import {
  gradeColors,
  type SupplierComparison,
  scoreText,
  useSupplierComparison,
} from '../evaluations-api';

const qualificationColor = { valid: 'green', expiring: 'orange', expired: 'red' } as const;

type Row = { key: string; label: string; cell: (s: SupplierComparison) => ReactNode };

/** Candidate suppliers side by side: risk, evaluations, qualifications and today's rates. */
export default function SupplierComparePage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  const compared = useSupplierComparison(ids);
  const rows: Row[] = [
    {
      key: 'status',
      label: t('client.statusLabel'),
      cell: (s) => <SupplierStatusTag status={s.status} />,
    },
    {
      key: 'risk',
      label: t('supplier.riskTierLabel'),
      cell: (s) => (s.riskTier ? t(`supplier.riskTier.${s.riskTier}`) : '—'),
    },
    {
      key: 'latest',
      label: t('evaluation.latestGrade'),
      cell: (s) =>
        s.latest?.grade ? (
          <Space>
            <Tag color={gradeColors[s.latest.grade]}>{s.latest.grade}</Tag>
            {scoreText(s.latest.score)} · {s.latest.periodEnd}
          </Space>
        ) : (
          '—'
        ),
    },
    {
      key: 'average',
      label: t('evaluation.averageScore'),
      cell: (s) => `${scoreText(s.averageScore)} (${s.evaluations})`,
    },
    {
      key: 'qualifications',
      label: t('qualification.title'),
      cell: (s) =>
        s.qualifications.length
          ? s.qualifications.map((q) => (
              <Tag key={q.name} color={qualificationColor[q.status]}>
                {q.name}
              </Tag>
            ))
          : '—',
    },
    {
      key: 'rates',
      label: t('contract.rateCard'),
      cell: (s) =>
        s.rates.length ? (
          <Space direction="vertical" size={0}>
            {s.rates.map((r) => (
              <Typography.Text key={`${r.position.id}-${r.seniority}-${r.unit}-${r.currency}`}>
                {localName(r.position, i18n.language)} · {t(`rate.seniority.${r.seniority}`)}:{' '}
                <Money minor={r.rateMinor} currency={r.currency} /> / {t(`rate.unit.${r.unit}`)}
              </Typography.Text>
            ))}
          </Space>
        ) : (
          '—'
        ),
    },
    { key: 'country', label: t('client.country'), cell: (s) => s.country ?? '—' },
    {
      key: 'categories',
      label: t('supplier.categories'),
      cell: (s) => s.categories.map((c) => <Tag key={c}>{c}</Tag>),
    },
  ];
  const suppliers = compared.data ?? [];
  return (
    <Card title={t('evaluation.compare')}>
      <ProblemAlert error={compared.error} />
      <Table<Row>
        rowKey="key"
        size="small"
        pagination={false}
        loading={compared.isFetching}
        dataSource={compared.data ? rows : []}
        scroll={{ x: true }}
        columns={[
          { title: '', dataIndex: 'label', width: 160, fixed: 'left' },
          ...suppliers.map((s) => ({
            title: <Link to={`/suppliers/${s.id}`}>{s.name}</Link>,
            key: s.id,
            render: (_: unknown, row: Row) => row.cell(s),
          })),
        ]}
      />
    </Card>
  );
}
