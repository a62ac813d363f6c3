import { Button, Card, InputNumber, Progress, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { fromMinor, toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Budget, useBudget, useSetBudget } from '../api';

type Line = Budget['lines'][number];

/**
 * The budget split by cost category, each against what it has cost so far (for those who see
 * costs). The split is edited in place and saved at once; it may not exceed the budget.
 */
export function BudgetCard({
  projectId,
  canWrite,
  seesCost,
}: {
  projectId: string;
  canWrite: boolean;
  seesCost: boolean;
}) {
  const { t } = useTranslation();
  const budget = useBudget(projectId);
  const save = useSetBudget(projectId);
  const [draft, setDraft] = useState<Record<string, number> | null>(null);
  const b = budget.data;
  if (!b) return <ProblemAlert error={budget.error} />;
  const planned = (l: Line) =>
    draft ? toMinor(draft[l.category] ?? 0, b.currency) : l.plannedMinor;
  const columns = [
    {
      title: t('project.budgetLines.category'),
      key: 'category',
      render: (_: unknown, l: Line) => t(`project.budgetLines.${l.category}`),
    },
    {
      title: t('project.budgetLines.planned'),
      key: 'planned',
      render: (_: unknown, l: Line) =>
        draft ? (
          <InputNumber
            min={0}
            size="small"
            aria-label={t(`project.budgetLines.${l.category}`)}
            value={draft[l.category]}
            onChange={(v) => setDraft({ ...draft, [l.category]: v ?? 0 })}
            addonAfter={b.currency}
          />
        ) : (
          <Money minor={l.plannedMinor} currency={b.currency} />
        ),
    },
    ...(seesCost
      ? [
          {
            title: t('project.budgetLines.actual'),
            key: 'actual',
            render: (_: unknown, l: Line) =>
              l.actualMinor === null ? (
                <Typography.Text type="secondary">
                  {t('project.budgetLines.notTracked')}
                </Typography.Text>
              ) : (
                <span>
                  <Money minor={l.actualMinor} currency={b.currency} />
                  {l.plannedMinor > 0 && (
                    <Progress
                      size="small"
                      percent={Math.round((l.actualMinor / l.plannedMinor) * 100)}
                      status={l.actualMinor > l.plannedMinor ? 'exception' : 'normal'}
                    />
                  )}
                </span>
              ),
          },
        ]
      : []),
  ];
  const unallocated = b.budgetMinor - b.lines.reduce((s, l) => s + planned(l), 0);
  return (
    <Card
      title={t('project.budgetLines.title')}
      size="small"
      extra={
        canWrite &&
        (draft ? (
          <Button
            size="small"
            type="primary"
            loading={save.isPending}
            onClick={async () => {
              await save.mutateAsync({
                version: b.version,
                lines: b.lines.map((l) => ({ category: l.category, plannedMinor: planned(l) })),
              });
              setDraft(null);
            }}
          >
            {t('common.save')}
          </Button>
        ) : (
          <Button
            size="small"
            onClick={() =>
              setDraft(
                Object.fromEntries(
                  b.lines.map((l) => [l.category, fromMinor(l.plannedMinor, b.currency)]),
                ),
              )
            }
          >
            {t('project.budgetLines.split')}
          </Button>
        ))
      }
    >
      <ProblemAlert error={save.error} />
      <Table<Line>
        rowKey="category"
        size="small"
        pagination={false}
        dataSource={b.lines}
        columns={columns}
      />
      <Typography.Text
        type={unallocated < 0 ? 'danger' : 'secondary'}
        data-testid="budget-unallocated"
      >
        {t('project.budgetLines.unallocated')}: <Money minor={unallocated} currency={b.currency} />
      </Typography.Text>
    </Card>
  );
}
