import {
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Popconfirm,
  Rate,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import {
  type EvaluationDetail,
  gradeColors,
  scoreText,
  useChangeEvaluations,
  useEvaluation,
} from '../evaluations-api';

type Criterion = EvaluationDetail['criteria'][number];

/** One evaluation: the criteria with guidance, every evaluator's scores, mine to give. */
export function EvaluationDrawer({
  supplierId,
  evaluationId,
  onClose,
}: {
  supplierId: string;
  evaluationId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const evaluation = useEvaluation(supplierId, evaluationId);
  const e = evaluation.data;
  return (
    <Drawer open width={760} title={t('evaluation.title')} onClose={onClose}>
      {evaluation.isPending && <Spin />}
      <ProblemAlert error={evaluation.error} />
      {e && <EvaluationBody supplierId={supplierId} evaluation={e} />}
    </Drawer>
  );
}

function EvaluationBody({
  supplierId,
  evaluation: e,
}: {
  supplierId: string;
  evaluation: EvaluationDetail;
}) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const canScore = useHasPermission()('suppliers:evaluate') && e.status === 'open';
  const { score, finalize } = useChangeEvaluations(supplierId);
  const [form] = Form.useForm();
  const mine = Object.fromEntries(
    e.scores.filter((s) => s.evaluatorId === me?.user.id).map((s) => [s.criterion, s]),
  );
  const evaluators = [...new Set(e.scores.map((s) => s.evaluator))];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Descriptions column={2} size="small">
        <Descriptions.Item label={t('evaluation.period')}>
          {e.periodStart} – {e.periodEnd}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.kindLabel')}>
          {t(`evaluation.kind.${e.kind}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.template')}>{e.templateName}</Descriptions.Item>
        <Descriptions.Item label={t('client.statusLabel')}>
          {t(`evaluation.status.${e.status}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('evaluation.score')}>{scoreText(e.score)}</Descriptions.Item>
        <Descriptions.Item label={t('evaluation.grade')}>
          {e.grade ? <Tag color={gradeColors[e.grade]}>{e.grade}</Tag> : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Form
        form={form}
        disabled={!canScore}
        initialValues={Object.fromEntries(
          e.criteria.map((c) => [
            c.key,
            { score: mine[c.key]?.score, comment: mine[c.key]?.comment ?? '' },
          ]),
        )}
        onFinish={(v: Record<string, { score: number; comment?: string }>) =>
          score.mutate({
            evaluationId: e.id,
            body: {
              scores: e.criteria.map((c) => ({
                criterion: c.key,
                score: v[c.key]?.score ?? 0,
                comment: v[c.key]?.comment || null,
              })),
            },
          })
        }
      >
        <Table<Criterion>
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={e.criteria}
          columns={[
            {
              title: t('evaluation.criterion'),
              key: 'name',
              render: (_, c) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{c.name}</Typography.Text>
                  {c.guidance && <Typography.Text type="secondary">{c.guidance}</Typography.Text>}
                </Space>
              ),
            },
            { title: t('evaluation.weight'), dataIndex: 'weight', render: (w) => `${w}%` },
            {
              title: t('evaluation.mean'),
              key: 'mean',
              render: (_, c) => `${scoreText(c.mean)} (${c.count})`,
            },
            {
              title: t('evaluation.myScore'),
              key: 'mine',
              render: (_, c) => (
                <Space direction="vertical" size={0}>
                  <Form.Item
                    name={[c.key, 'score']}
                    noStyle
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <Rate aria-label={`${t('evaluation.myScore')} ${c.name}`} />
                  </Form.Item>
                  <Form.Item name={[c.key, 'comment']} noStyle>
                    <Input size="small" placeholder={t('evaluation.comment')} />
                  </Form.Item>
                </Space>
              ),
            },
          ]}
        />
        {canScore && (
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" htmlType="submit" loading={score.isPending}>
              {t('evaluation.saveScores')}
            </Button>
            <Popconfirm
              title={t('evaluation.finalizeConfirm')}
              onConfirm={() => finalize.mutate({ evaluationId: e.id, version: e.version })}
            >
              <Button disabled={e.score === null} loading={finalize.isPending}>
                {t('evaluation.finalize')}
              </Button>
            </Popconfirm>
          </Space>
        )}
      </Form>
      <ProblemAlert error={score.error ?? finalize.error} />
      {evaluators.length > 0 && (
        <Table
          rowKey="evaluator"
          size="small"
          pagination={false}
          title={() => t('evaluation.byEvaluator')}
          dataSource={evaluators.map((name) => ({
            evaluator: name,
            ...Object.fromEntries(
              e.scores.filter((s) => s.evaluator === name).map((s) => [s.criterion, s.score]),
            ),
          }))}
          columns={[
            { title: t('evaluation.evaluator'), dataIndex: 'evaluator' },
            ...e.criteria.map((c) => ({ title: c.name, dataIndex: c.key })),
          ]}
        />
      )}
    </Space>
  );
}
