import { Button, Card, Input, Select, Space, Table, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Chart, type ChartOption } from '../../../components/Chart';
import { localName } from '../../../components/local-name';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSkills } from '../../people/skills-api';
import { SupplierFilter } from '../../suppliers/components/SupplierFilter';
import { type UtilizationFilter, useUtilization } from '../api';
import { heatColor, loadPercent } from '../components/heat';

/** A week without capacity (leave, holidays): the hours booked into it anyway, if any. */
const offWeek = (c: { confirmed: number; proposed: number }) =>
  c.confirmed + c.proposed > 0 ? `${c.confirmed + c.proposed} h` : '–';

type Row = NonNullable<ReturnType<typeof useUtilization>['data']>['items'][number];

/** People × the next weeks: booked against capacity, with the forecast across them all. */
export default function UtilizationPage() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<UtilizationFilter>({ weeks: 12, limit: 100 });
  const set = (patch: Partial<UtilizationFilter>) =>
    setFilter({ ...filter, ...patch, cursor: undefined });
  const map = useUtilization(filter);
  const skills = useSkills();
  const data = map.data;
  const forecast = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
      legend: {},
      grid: { left: 40, right: 16, top: 32, bottom: 24 },
      xAxis: { type: 'category', data: data?.weeks ?? [] },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: [
        {
          name: t('staffing.assignment.confirmed'),
          type: 'line',
          data: (data?.totals ?? []).map((w) =>
            w.capacityHours ? Math.round((w.confirmedHours / w.capacityHours) * 100) : 0,
          ),
          markLine: { silent: true, symbol: 'none', data: [{ yAxis: 100 }] },
        },
        {
          name: t('staffing.withProposed'),
          type: 'line',
          lineStyle: { type: 'dashed' },
          data: (data?.totals ?? []).map((w) =>
            w.capacityHours
              ? Math.round(((w.confirmedHours + w.proposedHours) / w.capacityHours) * 100)
              : 0,
          ),
        },
      ],
    }),
    [data, t],
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Card title={t('staffing.utilization')}>
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('person.department')}
            onSearch={(department) => set({ department: department || undefined })}
            style={{ width: 180 }}
          />
          <SupplierFilter onChange={(supplierId) => set({ supplierId })} />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('skill.skill')}
            aria-label={t('skill.skill')}
            style={{ width: 200 }}
            onChange={(skillId?: string) => set({ skillId })}
            options={(skills.data ?? []).map((s) => ({
              value: s.id,
              label: localName(s, i18n.language),
            }))}
          />
        </Space>
        <ProblemAlert error={map.error} />
        <Typography.Paragraph type="secondary">{t('staffing.heatHint')}</Typography.Paragraph>
        <Table<Row>
          rowKey={(r) => r.person.id}
          size="small"
          loading={map.isFetching}
          dataSource={data?.items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          aria-label={t('staffing.utilization')}
          columns={[
            {
              title: t('person.name'),
              key: 'name',
              fixed: 'left',
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <Link to={`/people/${r.person.id}`}>{r.person.name}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.person.supplier ?? r.person.department ?? ''}
                  </Typography.Text>
                </Space>
              ),
            },
            ...(data?.weeks ?? []).map((week, i) => ({
              title: week.slice(5),
              key: week,
              width: 64,
              align: 'center' as const,
              onCell: (r: Row) => {
                const c = r.cells[i];
                return {
                  style: {
                    background: c ? heatColor(c.confirmed, c.proposed, c.capacity) : undefined,
                  },
                };
              },
              render: (_: unknown, r: Row) => {
                const c = r.cells[i];
                if (!c) return null;
                const p = loadPercent(c.confirmed, c.proposed, c.capacity);
                return (
                  <Tooltip
                    title={t('staffing.cellDetail', {
                      confirmed: c.confirmed,
                      proposed: c.proposed,
                      capacity: c.capacity,
                    })}
                  >
                    <span data-week={week}>{p === null ? offWeek(c) : `${p}%`}</span>
                  </Tooltip>
                );
              },
            })),
          ]}
        />
        {data?.nextCursor && (
          <Button
            style={{ marginTop: 12 }}
            onClick={() => setFilter({ ...filter, cursor: data.nextCursor ?? undefined })}
          >
            {t('common.nextPage')}
          </Button>
        )}
      </Card>
      <Card title={t('staffing.forecast')} size="small">
        <Chart option={forecast} label={t('staffing.forecast')} />
      </Card>
    </Space>
  );
}
