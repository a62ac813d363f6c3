import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, Radio, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { setLocale } from '../../../i18n';
import { AuthCard } from '../../auth/components/AuthCard';

const scales = { csat: [1, 2, 3, 4, 5], nps: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] } as const;

/** The one-question form a survey mail links to: no sign-in, answered once. */
export default function SurveyPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const path = { params: { path: { token } } };
  const survey = useQuery({
    queryKey: ['survey', token],
    queryFn: () => unwrap(api.GET('/api/v1/public/surveys/{token}', path)),
    retry: false,
  });
  const answer = useMutation({
    mutationFn: (body: { score: number; comment: string | null }) =>
      unwrap(api.POST('/api/v1/public/surveys/{token}', { ...path, body })),
  });
  const language = survey.data?.language;
  // The form opens in the language the mail was written in; the visitor may switch.
  useEffect(() => {
    if (language) setLocale(language);
  }, [language]);
  const s = survey.data;
  return (
    <AuthCard title={s ? t(`survey.question.${s.kind}`, { from: s.from }) : t('survey.title')}>
      {survey.isPending && <Spin />}
      <ProblemAlert error={survey.error} />
      {s?.status === 'answered' || answer.isSuccess ? (
        <Alert type="success" showIcon title={t('survey.thanks')} />
      ) : s?.status === 'expired' ? (
        <Alert type="warning" showIcon title={t('survey.expired')} />
      ) : (
        s && (
          <Form
            layout="vertical"
            requiredMark={false}
            onFinish={(v: { score: number; comment?: string }) =>
              answer.mutate({ score: v.score, comment: v.comment || null })
            }
          >
            <Typography.Paragraph type="secondary">
              {s.ticket
                ? t('survey.aboutTicket', { ticket: s.ticket })
                : t('survey.about', { client: s.client })}
            </Typography.Paragraph>
            <Form.Item name="score" rules={[{ required: true, message: t('survey.pick') }]}>
              <Radio.Group optionType="button" buttonStyle="solid" aria-label={t('survey.score')}>
                {scales[s.kind].map((n) => (
                  <Radio.Button key={n} value={n}>
                    {n}
                  </Radio.Button>
                ))}
              </Radio.Group>
            </Form.Item>
            <Flex justify="space-between" style={{ marginTop: -16, marginBottom: 16 }}>
              <Typography.Text type="secondary">{t(`survey.low.${s.kind}`)}</Typography.Text>
              <Typography.Text type="secondary">{t(`survey.high.${s.kind}`)}</Typography.Text>
            </Flex>
            <Form.Item name="comment" label={t('survey.comment')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <ProblemAlert error={answer.error} />
            <Button type="primary" htmlType="submit" block loading={answer.isPending}>
              {t('survey.submit')}
            </Button>
          </Form>
        )
      )}
    </AuthCard>
  );
}
