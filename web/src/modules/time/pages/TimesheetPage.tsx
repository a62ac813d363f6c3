import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Select, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { ImportButton } from '../../imports/ImportButton';
import { usePeople } from '../../people/api';
import { fetchWeekRows, mondayOf, shiftWeek, useChangeWeek, useWeek, type WeekRow } from '../api';
import { WeekGrid } from '../components/WeekGrid';

const emptyRow = (projectId = '', billable = false): WeekRow => ({
  projectId,
  taskId: null,
  billable,
  hours: [0, 0, 0, 0, 0, 0, 0],
  notes: [null, null, null, null, null, null, null],
});

/** Whose week to show: for those who log time for others (time:manage), anyone active. */
function PersonPicker({ value, onChange }: { value?: string; onChange: (id?: string) => void }) {
  const { t } = useTranslation();
  const people = usePeople({ limit: 200, status: 'active' });
  return (
    <Select
      showSearch
      allowClear
      aria-label={t('time.person')}
      placeholder={t('time.ownWeek')}
      style={{ width: 220 }}
      value={value}
      optionFilterProp="label"
      options={people.data?.items.map((p) => ({ value: p.id, label: p.name }))}
      onChange={onChange}
    />
  );
}

/** A week of time: type hours per project and day, save, and send for approval. */
export default function TimesheetPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useHasPermission();
  const [params, setParams] = useSearchParams();
  const week = mondayOf(params.get('week') ?? dayjs());
  const personId = params.get('person') ?? undefined;
  const current = useWeek(week, personId);
  const { save, submit } = useChangeWeek(week, personId);
  const [rows, setRows] = useState<WeekRow[]>([]);
  const data = current.data;
  useEffect(() => {
    if (data) setRows(data.rows.length ? data.rows : []);
  }, [data]);

  const go = (w: string, person = personId) =>
    setParams({ week: w, ...(person ? { person } : {}) });
  const picker = can('time:manage') && (
    <Space>
      <PersonPicker value={personId} onChange={(id) => go(week, id)} />
      <ImportButton kinds={['time']} />
    </Space>
  );
  if (current.isPending) return <Spin />;
  if (!data) {
    const unlinked =
      !personId && current.error instanceof ApiError && current.error.code === 'not_found';
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        {picker}
        {unlinked ? (
          <Alert type="info" showIcon message={t('time.notLinked')} />
        ) : (
          <ProblemAlert error={current.error} />
        )}
      </Space>
    );
  }
  const isOpen = (r: WeekRow) => {
    const s = data.sheets.find((x) => x.projectId === r.projectId)?.status;
    return !s || s === 'draft' || s === 'rejected';
  };
  const openRows = () => rows.filter((r) => r.projectId && isOpen(r));
  const reasons = data.sheets.filter((s) => s.rejectionReason && s.status !== 'approved');
  const firstProject = data.projects.find((p) => p.from);

  const copyLastWeek = async () => {
    const last = await fetchWeekRows(shiftWeek(week, -1), personId);
    const bookedNow = new Set(data.projects.filter((p) => p.from).map((p) => p.id));
    setRows([
      ...rows.filter((r) => !isOpen(r)),
      ...last
        .filter((r) => bookedNow.has(r.projectId) && isOpen(r))
        .map((r) => ({ ...r, notes: emptyRow().notes })),
    ]);
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('time.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{data.person.name}</Typography.Text>
          </div>
          <Space wrap>
            {picker}
            <Button
              icon={<LeftOutlined />}
              aria-label={t('time.previousWeek')}
              onClick={() => go(shiftWeek(week, -1))}
            />
            <Typography.Text strong data-testid="week-label">
              {dayjs(week).format('YYYY-MM-DD')} – {dayjs(week).add(6, 'day').format('MM-DD')}
            </Typography.Text>
            <Button
              icon={<RightOutlined />}
              aria-label={t('time.nextWeek')}
              onClick={() => go(shiftWeek(week, 1))}
            />
            <Button onClick={() => go(mondayOf(dayjs()))}>{t('time.thisWeek')}</Button>
          </Space>
        </Space>
      </Card>
      <Card>
        {reasons.map((s) => (
          <Alert
            key={s.id}
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={t('time.sentBack', {
              project: data.projects.find((p) => p.id === s.projectId)?.number ?? '',
            })}
            description={s.rejectionReason}
          />
        ))}
        {data.projects.length === 0 && (
          <Alert type="info" showIcon message={t('time.notBooked')} style={{ marginBottom: 12 }} />
        )}
        <ProblemAlert error={save.error ?? submit.error} />
        <WeekGrid week={data} rows={rows} onChange={setRows} />
        <Space style={{ marginTop: 16 }} wrap>
          <Button
            disabled={!firstProject}
            onClick={() => setRows([...rows, emptyRow(firstProject?.id, firstProject?.billable)])}
          >
            {t('time.addRow')}
          </Button>
          <Button onClick={copyLastWeek}>{t('time.copyLastWeek')}</Button>
          <Button
            loading={save.isPending}
            onClick={async () => {
              await save.mutateAsync(openRows());
              message.success(t('common.saved'));
            }}
          >
            {t('common.save')}
          </Button>
          <Button
            type="primary"
            loading={submit.isPending}
            disabled={!rows.some(isOpen)}
            onClick={async () => {
              await save.mutateAsync(openRows());
              await submit.mutateAsync();
              message.success(t('time.submitted'));
            }}
          >
            {t('time.submit')}
          </Button>
        </Space>
      </Card>
    </Space>
  );
}
