import { Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName } from '../../../components/local-name';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { ImportButton } from '../../imports/ImportButton';
import { type Skill, useSaveSkill, useSkills } from '../skills-api';

/** The workspace's skills catalogue, in both languages with synonyms. */
export default function SkillsPage() {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState<string>();
  const skills = useSkills(q);
  const save = useSaveSkill();
  const canWrite = useHasPermission()('people:write');
  const [form] = Form.useForm();
  return (
    <Card title={t('skill.catalogue')} extra={canWrite && <ImportButton kinds={['skills']} />}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('skill.search')}
          onSearch={(v) => setQ(v || undefined)}
          style={{ width: 240 }}
        />
      </Space>
      {canWrite && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          onFinish={async (v: {
            category: string;
            nameZh: string;
            nameEn: string;
            synonyms?: string[];
          }) => {
            await save.mutateAsync({ ...v, synonyms: v.synonyms ?? [] });
            form.resetFields();
          }}
        >
          <Form.Item name="category" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('skill.category')} aria-label={t('skill.category')} />
          </Form.Item>
          <Form.Item name="nameZh" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('skill.nameZh')} aria-label={t('skill.nameZh')} />
          </Form.Item>
          <Form.Item name="nameEn" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('skill.nameEn')} aria-label={t('skill.nameEn')} />
          </Form.Item>
          <Form.Item name="synonyms">
            <Select
              mode="tags"
              tokenSeparators={[',']}
              placeholder={t('skill.synonyms')}
              style={{ width: 220 }}
            />
          </Form.Item>
          <Button htmlType="submit" loading={save.isPending}>
            {t('skill.new')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={skills.error ?? save.error} />
      <Table<Skill>
        rowKey="id"
        size="small"
        pagination={false}
        loading={skills.isFetching}
        dataSource={skills.data}
        columns={[
          { title: t('skill.category'), dataIndex: 'category' },
          { title: t('skill.skill'), key: 'name', render: (_, s) => localName(s, i18n.language) },
          {
            title: t('skill.nameOther'),
            key: 'other',
            render: (_, s) => localName(s, i18n.language === 'zh-CN' ? 'en-US' : 'zh-CN'),
          },
          {
            title: t('skill.synonyms'),
            dataIndex: 'synonyms',
            render: (v: string[]) => v.map((x) => <Tag key={x}>{x}</Tag>),
          },
        ]}
      />
    </Card>
  );
}
