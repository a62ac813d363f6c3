import { Button, Card, DatePicker, Input, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ExportButton } from '../../../components/ExportButton';
import { sortFrom, useListFilter } from '../../../components/list';
import { localName } from '../../../components/local-name';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { ImportButton } from '../../imports/ImportButton';
import { FilterSelect, ListFilters } from '../../views/ListFilters';
import { type Person, type PersonFilter, personKinds, personStatuses, usePeople } from '../api';
import { LeaveInboxCard } from '../components/LeaveInboxCard';
import { PersonForm } from '../components/PersonForm';
import { useSkills } from '../skills-api';

/** Everyone who can do the work: our employees and our suppliers' workers. */
export default function PeoplePage() {
  const { t, i18n } = useTranslation();
  const skills = useSkills();
  const navigate = useNavigate();
  const canWrite = useHasPermission()('people:write');
  const list = useListFilter<PersonFilter>({});
  const { filter, set, next } = list;
  const [creating, setCreating] = useState(false);
  const people = usePeople(filter);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {canWrite && <LeaveInboxCard />}
      <Card
        title={t('nav.people')}
        extra={
          <Space>
            <Button onClick={() => navigate('/people/matrix')}>{t('skill.matrix')}</Button>
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
        <ListFilters list="people" state={list} searchPlaceholder={t('person.search')}>
          <FilterSelect
            label={t('person.kindLabel')}
            values={personKinds}
            name={(k) => t(`person.kind.${k}`)}
            value={filter.kind}
            onChange={(kind) => set({ kind })}
            width={170}
          />
          <FilterSelect
            label={t('client.statusLabel')}
            values={personStatuses}
            name={(s) => t(`person.status.${s}`)}
            value={filter.status}
            onChange={(status) => set({ status })}
            width={140}
          />
          <Input.Search
            allowClear
            defaultValue={filter.department}
            placeholder={t('person.department')}
            onSearch={(department) => set({ department: department || undefined })}
            style={{ width: 180 }}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            defaultValue={filter.skillId}
            placeholder={t('skill.skill')}
            aria-label={t('skill.skill')}
            style={{ width: 200 }}
            onChange={(skillId?: string) => set({ skillId })}
            options={(skills.data ?? []).map((s) => ({
              value: s.id,
              label: localName(s, i18n.language),
            }))}
          />
          <DatePicker.RangePicker
            allowEmpty={[true, true]}
            defaultValue={
              filter.freeFrom && filter.freeTo
                ? [dayjs(filter.freeFrom), dayjs(filter.freeTo)]
                : undefined
            }
            placeholder={[t('person.freeFrom'), t('person.freeTo')]}
            onChange={(days) =>
              set({
                freeFrom: days?.[0]?.format('YYYY-MM-DD'),
                freeTo: days?.[1]?.format('YYYY-MM-DD'),
              })
            }
          />
        </ListFilters>
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
            {
              title: t('position.position'),
              key: 'position',
              render: (_, p) => (p.position ? localName(p.position, i18n.language) : '—'),
            },
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
    </Space>
  );
}
