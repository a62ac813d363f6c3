import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { Button, Card, Form, InputNumber, Rate, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '../../../components/DeleteButton';
import { localName } from '../../../components/local-name';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  type PersonSkill,
  type SkillLevel,
  useChangeOwnSkills,
  useChangePersonSkills,
  useOwnSkills,
  usePersonSkills,
  useSkills,
} from '../skills-api';

/** A person's skills with proficiency 1–5 and years; a manager verifies them. */
export function PersonSkillsCard({ personId, canWrite }: { personId: string; canWrite: boolean }) {
  const list = usePersonSkills(personId);
  const { set, verify, remove } = useChangePersonSkills(personId);
  return canWrite ? (
    <SkillsCard list={list} set={set} verify={verify} remove={remove} />
  ) : (
    <SkillsCard list={list} />
  );
}

/** The signed-in person's own skills: they add and change them; a manager verifies. */
export function OwnSkillsCard() {
  return <SkillsCard list={useOwnSkills()} set={useChangeOwnSkills()} />;
}

type Change<T> = UseMutationResult<unknown, Error, T>;

function SkillsCard({
  list,
  set,
  verify,
  remove,
}: {
  list: UseQueryResult<PersonSkill[]>;
  set?: Change<SkillLevel>;
  verify?: Change<string>;
  remove?: Change<string>;
}) {
  const { t, i18n } = useTranslation();
  const catalogue = useSkills();
  const [form] = Form.useForm();
  return (
    <Card title={t('skill.title')} size="small">
      {set && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{ proficiency: 3 }}
          onFinish={async (v: { skillId: string; proficiency: number; years?: number }) => {
            await set.mutateAsync({
              skillId: v.skillId,
              proficiency: v.proficiency,
              years: v.years ?? null,
            });
            form.resetFields();
          }}
        >
          <Form.Item name="skillId" rules={[{ required: true, message: t('form.required') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              aria-label={t('skill.skill')}
              placeholder={t('skill.skill')}
              style={{ width: 240 }}
              options={(catalogue.data ?? [])
                .filter((s) => s.active)
                .map((s) => ({
                  value: s.id,
                  label: `${localName(s, i18n.language)} · ${s.synonyms.join(', ')}`,
                }))}
            />
          </Form.Item>
          <Form.Item name="proficiency">
            <Rate aria-label={t('skill.proficiency')} />
          </Form.Item>
          <Form.Item name="years">
            <InputNumber
              min={0}
              max={60}
              placeholder={t('skill.years')}
              aria-label={t('skill.years')}
            />
          </Form.Item>
          <Button htmlType="submit" loading={set.isPending}>
            {t('skill.add')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={list.error ?? set?.error ?? verify?.error ?? remove?.error} />
      <Table<PersonSkill>
        rowKey={(r) => r.skill.id}
        size="small"
        pagination={false}
        loading={list.isFetching}
        dataSource={list.data}
        columns={[
          {
            title: t('skill.skill'),
            key: 'name',
            render: (_, r) => localName(r.skill, i18n.language),
          },
          { title: t('skill.category'), key: 'category', render: (_, r) => r.skill.category },
          {
            title: t('skill.proficiency'),
            dataIndex: 'proficiency',
            render: (v: number) => <Rate disabled value={v} />,
          },
          { title: t('skill.years'), dataIndex: 'years', render: (v) => v ?? '—' },
          {
            title: t('skill.verified'),
            key: 'verified',
            render: (_, r) =>
              r.verified ? (
                <Tag color="green">{t('skill.verifiedBy', { name: r.verifiedBy ?? '' })}</Tag>
              ) : (
                <Tag>{t('skill.unverified')}</Tag>
              ),
          },
          ...(verify && remove
            ? [
                {
                  key: 'actions',
                  render: (_: unknown, r: PersonSkill) => (
                    <Space size={0}>
                      {!r.verified && (
                        <Button type="link" onClick={() => verify.mutate(r.skill.id)}>
                          {t('skill.verify')}
                        </Button>
                      )}
                      <DeleteButton onConfirm={() => remove.mutate(r.skill.id)} />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
