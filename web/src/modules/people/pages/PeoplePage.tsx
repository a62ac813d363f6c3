import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportButton } from '../../../components/ExportButton';
import { sortFrom, useListFilter } from '../../../components/list';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { ImportButton } from '../../imports/ImportButton';
import { SavedViews } from '../../views/SavedViews';
import { type Person, type PersonFilter, personKinds, personStatuses, usePeople } from '../api';
import { PersonForm } from '../components/PersonForm';

/** Everyone who can do the work: our employees and our suppliers' workers. */
export default function PeoplePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useHasPermission()('people:write');
  const { filter, set, next, apply, generation } = useListFilter<PersonFilter>({});
  const [creating, setCreating] = useState(false);
  const people = usePeople(filter);
  return (
    <Card
      title={t('nav.people')}
      extra={
        <Space>
          <Button onClick={() => navigate('/people/skills')}>{t('skill.catalogue')}</Button>
          <ExportButton path="/api/v1/people/export" filter={filter} />
          {canWrite && <ImportButton kinds={['people']} />}
          {canWrite && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('person.new')}
            </Button>
          )}
        </Space>
      }
    >
      <Space key={generation} wrap style={{ marginBottom: 12 }}>
        <SavedViews list="people" filter={filter} onApply={apply} />
        <Input.Search
          allowClear
          defaultValue={filter.q}
          placeholder={t('person.search')}
          onSearch={(q) => set({ q: q || undefined })}
          style={{ width: 240 }}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('person.kindLabel')}
          placeholder={t('person.kindLabel')}
          style={{ width: 170 }}
          defaultValue={filter.kind}
          onChange={(kind) => set({ kind })}
          options={personKinds.map((k) => ({ value: k, label: t(`person.kind.${k}`) }))}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          aria-label={t('client.statusLabel')}
          placeholder={t('client.statusLabel')}
          style={{ width: 140 }}
          defaultValue={filter.status}
          onChange={(status) => set({ status })}
          options={personStatuses.map((s) => ({ value: s, label: t(`person.status.${s}`) }))}
        />
        <Input.Search
          allowClear
          defaultValue={filter.department}
          placeholder={t('person.department')}
          onSearch={(department) => set({ department: department || undefined })}
          style={{ width: 180 }}
        />
      </Space>
      <ProblemAlert error={people.error} />
      <Table<Person>
        rowKey="id"
        loading={people.isFetching}
        dataSource={people.data?.items}
        pagination={false}
        onChange={(_p, _f, sorter) => set({ sort: sortFrom(sorter) as PersonFilter['sort'] })}
        columns={[
          {
            title: t('client.number'),
            dataIndex: 'number',
            key: 'number',
            sorter: true,
            width: 110,
          },
          {
            title: t('person.name'),
            dataIndex: 'name',
            key: 'name',
            sorter: true,
            render: (v: string, p) => <Link to={`/people/${p.id}`}>{v}</Link>,
          },
          {
            title: t('person.kindLabel'),
            dataIndex: 'kind',
            render: (k: Person['kind'], p) => (
              <Space size={4}>
                <Tag color={k === 'employee' ? 'blue' : 'purple'}>{t(`person.kind.${k}`)}</Tag>
                {p.supplier?.name}
              </Space>
            ),
          },
          { title: t('person.title'), dataIndex: 'title', render: (v) => v ?? '—' },
          {
            title: t('person.grade'),
            dataIndex: 'grade',
            render: (g) => (g ? t(`rate.seniority.${g}`) : '—'),
          },
          {
            title: t('person.department'),
            dataIndex: 'department',
            key: 'department',
            sorter: true,
            render: (v) => v ?? '—',
          },
          {
            title: t('client.statusLabel'),
            dataIndex: 'status',
            render: (s) => t(`person.status.${s}`),
          },
        ]}
      />
      {people.data?.nextCursor && (
        <Button style={{ marginTop: 12 }} onClick={() => next(people.data?.nextCursor)}>
          {t('common.nextPage')}
        </Button>
      )}
      {creating && (
        <PersonForm
          person={null}
          onClose={() => setCreating(false)}
          onSaved={(p) => navigate(`/people/${p.id}`)}
        />
      )}
    </Card>
  );
}
