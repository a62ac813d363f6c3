import { App, Button, Card, Progress, Space, Table, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localName } from '../../../components/local-name';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Candidate, type StaffingRequest, useCandidates, useChangeAssignments } from '../api';

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** Who fits the request best, and why: each component of the score beside the total. */
export function CandidatesCard({
  request,
  canWrite,
}: {
  request: StaffingRequest;
  canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const candidates = useCandidates(request.id);
  const { create } = useChangeAssignments();
  const skillNames = new Map(request.skills.map((s) => [s.skillId, localName(s, i18n.language)]));
  const book = async (c: Candidate, status: 'proposed' | 'confirmed') => {
    const saved = await create.mutateAsync({
      personId: c.person.id,
      requestId: request.id,
      positionId: request.position.id,
      startDate: request.startDate,
      endDate: request.endDate,
      hoursPerWeek: request.hoursPerWeek,
      status,
    });
    if (saved.overAllocated.length > 0) {
      message.warning(
        t('staffing.overAllocated', {
          name: c.person.name,
          weeks: saved.overAllocated.map((w) => w.week).join(', '),
        }),
      );
    } else message.success(t('staffing.booked'));
    for (const w of saved.warnings) message.warning(t(`staffing.warning.${w.code}`));
  };
  return (
    <Card title={t('staffing.candidates')} size="small">
      <ProblemAlert error={candidates.error ?? create.error} />
      <Table<Candidate>
        rowKey={(c) => c.person.id}
        size="small"
        loading={candidates.isFetching}
        dataSource={candidates.data}
        pagination={false}
        columns={[
          {
            title: t('person.name'),
            key: 'name',
            render: (_, c) => (
              <Space size={4} wrap>
                <Link to={`/people/${c.person.id}`}>{c.person.name}</Link>
                <Tag color={c.person.kind === 'employee' ? 'blue' : 'purple'}>
                  {c.person.supplier?.name ?? t(`person.kind.${c.person.kind}`)}
                </Tag>
              </Space>
            ),
          },
          {
            title: t('staffing.score'),
            dataIndex: 'score',
            width: 140,
            render: (score: number) => (
              <Progress percent={score} size="small" format={(p) => (p ?? 0).toFixed(1)} />
            ),
          },
          {
            title: t('staffing.component.skills'),
            key: 'skills',
            render: (_, c) => (
              <Tooltip
                title={c.components.skills.detail
                  .map(
                    (d) =>
                      `${skillNames.get(d.skillId) ?? ''}: ${d.proficiency ?? '–'} / ${d.minimum}`,
                  )
                  .join(' · ')}
              >
                <span>{percent(c.components.skills.value)}</span>
              </Tooltip>
            ),
          },
          {
            title: t('staffing.component.availability'),
            key: 'availability',
            render: (_, c) => (
              <Tooltip
                title={t('staffing.freeDetail', {
                  min: c.components.availability.minFreeHours,
                  average: c.components.availability.averageFreeHours,
                })}
              >
                <span>{percent(c.components.availability.value)}</span>
              </Tooltip>
            ),
          },
          {
            title: t('staffing.component.fit'),
            key: 'fit',
            render: (_, c) => percent(c.components.fit.value),
          },
          {
            title: t('staffing.component.cost'),
            key: 'cost',
            render: (_, c) => (
              <Space size={4}>
                {percent(c.components.cost.value)}
                {c.components.cost.rateMinor != null && c.components.cost.currency && (
                  <Money
                    minor={c.components.cost.rateMinor}
                    currency={c.components.cost.currency}
                  />
                )}
              </Space>
            ),
          },
          ...(canWrite
            ? [
                {
                  key: 'book',
                  render: (_: unknown, c: Candidate) => (
                    <Space size={4}>
                      <Button size="small" onClick={() => book(c, 'proposed')}>
                        {t('staffing.propose')}
                      </Button>
                      <Button size="small" type="primary" onClick={() => book(c, 'confirmed')}>
                        {t('staffing.confirm')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
