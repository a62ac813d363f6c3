import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Input, Select, Space, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Schemas, unwrap, unwrapAll } from '../../../api/client';
import type { paths } from '../../../api/schema';
import { localName } from '../../../components/local-name';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { SupplierFilter } from '../../suppliers/components/SupplierFilter';
import { useSkills } from '../skills-api';

type MatrixFilter = NonNullable<paths['/api/v1/skills/matrix']['get']['parameters']['query']>;
type Row = Schemas['SkillsMatrix']['rows'][number];

/** Deeper blue for a higher proficiency; empty where the person lacks the skill. */
const levelColor = (level: number | null) =>
  level === null ? undefined : `rgba(22, 119, 255, ${(0.12 + level * 0.15).toFixed(2)})`;

/** People × skills as a heat map, and which skills open requests need more of. */
export default function SkillsMatrixPage() {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState<MatrixFilter>({});
  const set = (patch: Partial<MatrixFilter>) => setFilter({ ...filter, ...patch });
  const matrix = useQuery({
    queryKey: ['people', 'matrix', filter],
    queryFn: () => unwrap(api.GET('/api/v1/skills/matrix', { params: { query: filter } })),
  });
  const skills = useSkills();
  const categories = [...new Set((skills.data ?? []).map((s) => s.category))].sort();
  const data = matrix.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('skill.matrix')}>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            showSearch
            placeholder={t('skill.category')}
            aria-label={t('skill.category')}
            style={{ width: 220 }}
            onChange={(category?: string) => set({ category })}
            options={categories.map((c) => ({ value: c, label: c }))}
          />
          <Input.Search
            allowClear
            placeholder={t('person.department')}
            onSearch={(department) => set({ department: department || undefined })}
            style={{ width: 170 }}
          />
          <SupplierFilter onChange={(supplierId) => set({ supplierId })} />
          <Input.Search
            allowClear
            placeholder={t('person.location')}
            onSearch={(location) => set({ location: location || undefined })}
            style={{ width: 150 }}
          />
          <Input.Search
            allowClear
            placeholder={t('skill.language')}
            maxLength={3}
            onSearch={(language) => set({ language: language.trim().toLowerCase() || undefined })}
            style={{ width: 130 }}
          />
        </Space>
        <ProblemAlert error={matrix.error} />
        {data?.truncated && <Alert type="info" showIcon title={t('skill.truncated')} />}
        <Table<Row>
          rowKey={(r) => r.person.id}
          size="small"
          loading={matrix.isFetching}
          dataSource={data?.rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('person.name'),
              key: 'name',
              fixed: 'left',
              render: (_, r) => <Link to={`/people/${r.person.id}`}>{r.person.name}</Link>,
            },
            ...(data?.skills ?? []).map((skill, i) => ({
              title: localName(skill, i18n.language),
              key: skill.id,
              align: 'center' as const,
              width: 70,
              onCell: (r: Row) => ({ style: { background: levelColor(r.levels[i] ?? null) } }),
              render: (_: unknown, r: Row) => r.levels[i] ?? '',
            })),
          ]}
        />
      </Card>
      {useHasPermission()('staffing:read') && <SkillGapCard />}
    </Space>
  );
}

/** Per skill open requests ask for: people needed, people who have it, and the shortfall. */
function SkillGapCard() {
  const { t, i18n } = useTranslation();
  const gap = useQuery({
    queryKey: ['staffing', 'skill-gap'],
    queryFn: () =>
      unwrapAll((page) => api.GET('/api/v1/staffing/skill-gap', { params: { query: page } })),
  });
  return (
    <Card title={t('skill.gap')} size="small">
      <ProblemAlert error={gap.error} />
      <Table
        rowKey={(g) => g.skill.id}
        size="small"
        pagination={false}
        loading={gap.isFetching}
        dataSource={gap.data}
        columns={[
          {
            title: t('skill.skill'),
            key: 'skill',
            render: (_, g) => localName(g.skill, i18n.language),
          },
          {
            title: t('staffing.minProficiency'),
            dataIndex: 'minimum',
          },
          { title: t('skill.needed'), dataIndex: 'needed' },
          { title: t('skill.available'), dataIndex: 'available' },
          {
            title: t('skill.shortfall'),
            dataIndex: 'gap',
            render: (gap: number) =>
              gap > 0 ? (
                <Tooltip title={t('skill.shortfallHint')}>
                  <Tag color="red">{gap}</Tag>
                </Tooltip>
              ) : (
                <Tag color="green">0</Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}
