import { Card, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { LessonsList } from '../components/LessonsList';
import { useSearchLessons } from '../deliveries-api';

/** Lessons learned across every project, found by words or by tag. */
export default function LessonsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [tag, setTag] = useState('');
  const lessons = useSearchLessons({ ...(q ? { q } : {}), ...(tag ? { tag } : {}) });
  return (
    <Card title={t('project.lessons.title')}>
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search
          allowClear
          placeholder={t('project.lessons.search')}
          aria-label={t('project.lessons.search')}
          onSearch={setQ}
          style={{ width: 300 }}
        />
        <Input.Search
          allowClear
          placeholder={t('project.lessons.tag')}
          aria-label={t('project.lessons.tag')}
          onSearch={setTag}
          style={{ width: 200 }}
        />
      </Space>
      <ProblemAlert error={lessons.error} />
      <LessonsList lessons={lessons.data} showProject />
    </Card>
  );
}
