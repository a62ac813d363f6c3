import { Button, Card, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import {
  type DeskSettings,
  ticketLevels,
  ticketPriorities,
  useDeskSettings,
  usePutDeskSettings,
} from '../api';

type Matrix = DeskSettings['priorityMatrix'];
type Level = (typeof ticketLevels)[number];

/**
 * The desk's impact × urgency matrix: each pair's priority, which new tickets and changes of
 * impact or urgency take. Those who run the desk change it.
 */
export function PriorityMatrixCard() {
  const { t } = useTranslation();
  const can = useHasPermission();
  const settings = useDeskSettings();
  const save = usePutDeskSettings();
  const [edited, setEdited] = useState<Matrix | null>(null);
  const matrix = edited ?? settings.data?.priorityMatrix;
  const editable = can('tickets:manage');
  const set = (impact: Level, urgency: Level, priority: Matrix[Level][Level]) =>
    matrix && setEdited({ ...matrix, [impact]: { ...matrix[impact], [urgency]: priority } });
  return (
    <Card
      size="small"
      title={t('ticket.matrix')}
      style={{ marginTop: 16 }}
      extra={
        editable && (
          <Button
            type="primary"
            size="small"
            disabled={!edited}
            loading={save.isPending}
            onClick={async () => {
              if (!edited || !settings.data) return;
              await save.mutateAsync({ priorityMatrix: edited, version: settings.data.version });
              setEdited(null);
            }}
          >
            {t('ticket.matrixSave')}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('ticket.matrixHint')}</Typography.Paragraph>
      <ProblemAlert error={settings.error ?? save.error} />
      {matrix && (
        <Table
          rowKey={(impact) => impact}
          size="small"
          pagination={false}
          dataSource={[...ticketLevels]}
          columns={[
            {
              title: `${t('ticket.impact')} \\ ${t('ticket.urgency')}`,
              render: (_, impact: Level) => t(`ticket.levels.${impact}`),
            },
            ...ticketLevels.map((urgency) => ({
              title: t(`ticket.levels.${urgency}`),
              render: (_: unknown, impact: Level) => (
                <Select
                  size="small"
                  disabled={!editable}
                  aria-label={`${t(`ticket.levels.${impact}`)} × ${t(`ticket.levels.${urgency}`)}`}
                  style={{ width: 140 }}
                  value={matrix[impact][urgency]}
                  onChange={(p) => set(impact, urgency, p)}
                  options={ticketPriorities.map((p) => ({
                    value: p,
                    label: t(`ticket.priorities.${p}`),
                  }))}
                />
              ),
            })),
          ]}
        />
      )}
    </Card>
  );
}
