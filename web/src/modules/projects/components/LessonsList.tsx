import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Lesson } from '../deliveries-api';

/** Lessons learned, each with its project and tags. */
export function LessonsList({
  lessons,
  showProject,
}: {
  lessons?: Lesson[];
  showProject?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <List<Lesson>
      dataSource={lessons}
      locale={{ emptyText: t('project.lessons.none') }}
      renderItem={(l) => (
        <List.Item>
          <Space direction="vertical" style={{ width: '100%' }}>
            {showProject && (
              <Link to={`/projects/${l.project.id}`}>
                {l.project.number} {l.project.name}
              </Link>
            )}
            <Typography.Text>
              <strong>{t('project.lessons.wentWell')}:</strong> {l.wentWell}
            </Typography.Text>
            <Typography.Text>
              <strong>{t('project.lessons.toChange')}:</strong> {l.toChange}
            </Typography.Text>
            <Space wrap>
              {l.tags.map((tag) => (
                <Tag key={tag}>{tag}</Tag>
              ))}
            </Space>
          </Space>
        </List.Item>
      )}
    />
  );
}
