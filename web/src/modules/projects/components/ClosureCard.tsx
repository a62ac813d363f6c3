import { Button, Card, Descriptions, Form, Input, Rate, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import type { Project } from '../api';
import { useCloseOut, useLessons } from '../deliveries-api';
import { LessonsList } from './LessonsList';

const scores = ['scheduleScore', 'costScore', 'qualityScore'] as const;

/**
 * Closing the project: its own evaluation (schedule, cost, quality), the client's sign-off and
 * satisfaction from the portal, and the lessons it leaves for the next ones.
 */
export function ClosureCard({ project, canWrite }: { project: Project; canWrite: boolean }) {
  const { t } = useTranslation();
  const lessons = useLessons(project.id);
  const { lesson, evaluate } = useCloseOut(project.id);
  const [lessonForm] = Form.useForm();
  const e = project.evaluation;
  return (
    <Card title={t('project.closure.title')} size="small">
      <ProblemAlert error={lessons.error ?? lesson.error ?? evaluate.error} />
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('project.closure.signedOff')}>
          {e.signedOffAt ? <DateTime value={e.signedOffAt} /> : t('project.closure.notSignedOff')}
        </Descriptions.Item>
        <Descriptions.Item label={t('project.closure.satisfaction')}>
          {e.clientSatisfaction ? <Rate disabled value={e.clientSatisfaction} /> : '—'}
          {e.signOffComment && (
            <Typography.Text type="secondary"> {e.signOffComment}</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Form
        layout="inline"
        disabled={!canWrite}
        initialValues={{
          ...e,
          scheduleScore: e.scheduleScore ?? 3,
          costScore: e.costScore ?? 3,
          qualityScore: e.qualityScore ?? 3,
        }}
        style={{ rowGap: 8, marginBottom: 16 }}
        onFinish={(v) => evaluate.mutate({ ...v, note: v.note || null, version: project.version })}
      >
        {scores.map((k) => (
          <Form.Item key={k} name={k} label={t(`project.closure.${k}`)}>
            <Rate aria-label={t(`project.closure.${k}`)} />
          </Form.Item>
        ))}
        <Form.Item name="note">
          <Input placeholder={t('project.closure.note')} aria-label={t('project.closure.note')} />
        </Form.Item>
        <Button htmlType="submit" loading={evaluate.isPending}>
          {t('project.closure.evaluate')}
        </Button>
      </Form>
      {canWrite && (
        <Form
          form={lessonForm}
          layout="vertical"
          onFinish={async (v) => {
            await lesson.mutateAsync({ ...v, tags: v.tags ?? [] });
            lessonForm.resetFields();
          }}
        >
          <Space wrap align="start">
            <Form.Item
              name="wentWell"
              label={t('project.lessons.wentWell')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input.TextArea rows={2} style={{ width: 320 }} />
            </Form.Item>
            <Form.Item
              name="toChange"
              label={t('project.lessons.toChange')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input.TextArea rows={2} style={{ width: 320 }} />
            </Form.Item>
            <Form.Item name="tags" label={t('project.lessons.tags')}>
              <Select mode="tags" style={{ width: 220 }} aria-label={t('project.lessons.tags')} />
            </Form.Item>
          </Space>
          <Button htmlType="submit" loading={lesson.isPending}>
            {t('project.lessons.add')}
          </Button>
        </Form>
      )}
      <LessonsList lessons={lessons.data} />
    </Card>
  );
}
