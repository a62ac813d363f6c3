import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import { type Evaluation, gradeColors, scoreText, useEvaluations } from '../evaluations-api';
import { EvaluationDrawer } from './EvaluationDrawer';
import { EvaluationTrend } from './EvaluationTrend';
import { NewEvaluationDialog } from './NewEvaluationDialog';

/**
 * A supplier's evaluations with the trend of their final scores. The supplier's own portal
 * users see only the final grades.
 */
export function EvaluationsCard({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const list = useEvaluations(supplierId);
  const { data: me } = useMe();
  const internal = !me?.party;
  const canEvaluate = useHasPermission()('suppliers:evaluate');
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Card
      title={t('evaluation.list')}
      extra={
        canEvaluate && <Button onClick={() => setCreating(true)}>{t('evaluation.new')}</Button>
      }
    >
      <ProblemAlert error={list.error} />
      {internal && <EvaluationTrend evaluations={list.data ?? []} />}
      <Table<Evaluation>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data}
        pagination={false}
        onRow={(e) =>
          internal ? { onClick: () => setOpen(e.id), style: { cursor: 'pointer' } } : {}
        }
        columns={[
          {
            title: t('evaluation.period'),
            key: 'period',
            render: (_, e) => `${e.periodStart} – ${e.periodEnd}`,
          },
          {
            title: t('evaluation.kindLabel'),
            dataIndex: 'kind',
            render: (k) => t(`evaluation.kind.${k}`),
          },
          { title: t('evaluation.titleLabel'), dataIndex: 'title', render: (v) => v ?? '—' },
          ...(internal
            ? [
                { title: t('evaluation.template'), dataIndex: 'templateName' },
                {
                  title: t('client.statusLabel'),
                  dataIndex: 'status',
                  render: (s: Evaluation['status']) => (
                    <Tag color={s === 'final' ? 'green' : 'default'}>
                      {t(`evaluation.status.${s}`)}
                    </Tag>
                  ),
                },
                {
                  title: t('evaluation.score'),
                  dataIndex: 'score',
                  render: (v: number | null) => scoreText(v),
                },
                { title: t('evaluation.evaluators'), dataIndex: 'evaluators' },
              ]
            : [
                {
                  title: t('evaluation.finalizedAt'),
                  dataIndex: 'finalizedAt',
                  render: (v: string | null) => <DateTime value={v} />,
                },
              ]),
          {
            title: t('evaluation.grade'),
            dataIndex: 'grade',
            render: (g: Evaluation['grade']) => (g ? <Tag color={gradeColors[g]}>{g}</Tag> : '—'),
          },
        ]}
      />
      {creating && (
        <NewEvaluationDialog
          supplierId={supplierId}
          onClose={() => setCreating(false)}
          onCreated={(e) => setOpen(e.id)}
        />
      )}
      {open && (
        <EvaluationDrawer
          supplierId={supplierId}
          evaluationId={open}
          onClose={() => setOpen(null)}
        />
      )}
    </Card>
  );
}
