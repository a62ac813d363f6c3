import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import type { Ticket } from '../api';

type Sla = Ticket['slas'][number];

const stateColor: Record<Sla['state'], string> = {
  running: 'processing',
  paused: 'warning',
  met: 'success',
  breached: 'error',
};

/** The moment that matters of a clock: when it breached, stopped, or will run out. */
function Moment({ sla }: { sla: Sla }) {
  const { t } = useTranslation();
  const [label, at] = sla.breachedAt
    ? [t('ticket.slaBreachedAt'), sla.breachedAt]
    : sla.stoppedAt
      ? [t('ticket.slaStoppedAt'), sla.stoppedAt]
      : [t('ticket.slaDue'), sla.dueAt];
  if (!at) return <>—</>;
  return (
    <>
      {label} <DateTime value={at} />
    </>
  );
}

/**
 * A ticket's response and resolution clocks, the client's and (while a supplier's team holds
 * it) the supplier's: how far each ran, paused, and when it is due.
 */
export function SlaClocks({ slas }: { slas: Sla[] }) {
  const { t } = useTranslation();
  const duration = (seconds: number) =>
    t('ticket.duration', {
      hours: Math.floor(seconds / 3600),
      minutes: Math.floor(seconds / 60) % 60,
    });
  if (slas.length === 0) return null;
  return (
    <>
      <h4>{t('ticket.slas')}</h4>
      <Typography.Paragraph type="secondary">{t('ticket.slaHint')}</Typography.Paragraph>
      <Table<Sla>
        rowKey={(s) => `${s.party}:${s.metric}`}
        size="small"
        pagination={false}
        dataSource={slas}
        style={{ marginBottom: 16 }}
        columns={[
          { title: t('ticket.clockParty'), render: (_, s) => t(`ticket.clockParties.${s.party}`) },
          { title: t('sla.metricLabel'), render: (_, s) => t(`sla.metric.${s.metric}`) },
          { title: t('ticket.slaTarget'), render: (_, s) => duration(s.targetMinutes * 60) },
          {
            title: t('ticket.status'),
            render: (_, s) => (
              <Tag color={stateColor[s.state]}>{t(`ticket.slaStates.${s.state}`)}</Tag>
            ),
          },
          { title: t('ticket.slaRun'), render: (_, s) => duration(s.elapsedSeconds) },
          { title: t('ticket.slaPaused'), render: (_, s) => duration(s.pausedSeconds) },
          {
            title: t('ticket.slaDue'),
            render: (_, s) => (
              <>
                <Moment sla={s} />
                {s.holidayGaps.length > 0 && (
                  <Tag color="warning" style={{ marginLeft: 8 }}>
                    {t('ticket.holidayGaps', { years: s.holidayGaps.join('、') })}
                  </Tag>
                )}
              </>
            ),
          },
        ]}
      />
    </>
  );
}
