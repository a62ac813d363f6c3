import { Alert, Card, Col, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../../components/Chart';
import { Money } from '../../../components/Money';
import { fromMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  type EarnedValue,
  evMethods,
  type Project,
  useChangeProject,
  useEarnedValue,
} from '../api';

/** PV, EV and AC week by week, in the project's currency. */
function Trend({ evm }: { evm: EarnedValue }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const major = (v: number | null) => (v === null ? null : fromMinor(v, evm.currency));
    return {
      tooltip: { trigger: 'axis' },
      legend: { data: [t('project.evm.pv'), t('project.evm.ev'), t('project.evm.ac')] },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: evm.trend.map((p) => p.day) },
      yAxis: { type: 'value' },
      series: [
        { name: t('project.evm.pv'), type: 'line', data: evm.trend.map((p) => major(p.pv)) },
        {
          name: t('project.evm.ev'),
          type: 'line',
          connectNulls: true,
          data: evm.trend.map((p) => major(p.ev)),
        },
        { name: t('project.evm.ac'), type: 'line', data: evm.trend.map((p) => major(p.ac)) },
      ],
    };
  }, [evm, t]);
  return <Chart option={option} label={t('project.evm.trend')} />;
}

/**
 * Earned value against the latest baseline: what was planned, earned and spent, the indices
 * and forecasts, the same by phase, the trend, and the alerts the workspace's thresholds raise.
 */
export function EarnedValueCard({ project, canWrite }: { project: Project; canWrite: boolean }) {
  const { t } = useTranslation();
  const data = useEarnedValue(project.id);
  const { update } = useChangeProject(project.id);
  const evm = data.data?.evm;
  const money = (v: number | null) =>
    v === null || !evm ? '—' : <Money minor={v} currency={evm.currency} />;
  const index = (v: number | null) => (v === null ? '—' : v.toFixed(2));
  return (
    <Card
      title={t('project.evm.title')}
      size="small"
      extra={
        <Space>
          {t('project.evm.earnedFrom')}
          <Select<Project['evMethod']>
            size="small"
            aria-label={t('project.evm.earnedFrom')}
            disabled={!canWrite}
            value={project.evMethod}
            style={{ width: 200 }}
            options={evMethods.map((m) => ({ value: m, label: t(`project.evm.method.${m}`) }))}
            onChange={(evMethod) => update.mutate({ evMethod, version: project.version })}
          />
        </Space>
      }
    >
      <ProblemAlert error={data.error ?? update.error} />
      {data.data && !evm && (
        <Typography.Text type="secondary">{t('project.evm.needsBaseline')}</Typography.Text>
      )}
      {evm && (
        <Space direction="vertical" style={{ width: '100%' }}>
          {evm.alerts.map((a) => (
            <Alert
              key={a.kind}
              type="warning"
              showIcon
              message={t(`project.evm.alert.${a.kind}`, { value: a.value, threshold: a.threshold })}
            />
          ))}
          <Row gutter={[16, 8]}>
            {(
              [
                ['bac', money(evm.bac)],
                ['pv', money(evm.pv)],
                ['ev', money(evm.ev)],
                ['ac', money(evm.ac)],
                ['spi', index(evm.spi)],
                ['cpi', index(evm.cpi)],
                ['eac', money(evm.eac)],
                ['etc', money(evm.etc)],
                ['vac', money(evm.vac)],
              ] as const
            ).map(([key, value]) => (
              <Col key={key} xs={12} md={8} lg={6} xl={4}>
                <Statistic title={t(`project.evm.${key}`)} valueRender={() => value} />
              </Col>
            ))}
          </Row>
          <Table
            rowKey="taskId"
            size="small"
            pagination={false}
            title={() => t('project.evm.byPhase')}
            dataSource={evm.phases}
            columns={[
              { title: t('project.evm.phase'), dataIndex: 'name' },
              ...(['bac', 'pv', 'ev', 'ac'] as const).map((key) => ({
                title: t(`project.evm.${key}`),
                key,
                align: 'right' as const,
                render: (_: unknown, p: EarnedValue['phases'][number]) => money(p[key]),
              })),
              ...(['spi', 'cpi'] as const).map((key) => ({
                title: t(`project.evm.${key}`),
                key,
                align: 'right' as const,
                render: (_: unknown, p: EarnedValue['phases'][number]) => index(p[key]),
              })),
            ]}
          />
          <Trend evm={evm} />
        </Space>
      )}
    </Card>
  );
}
