import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { fetchWeekRows, mondayOf, shiftWeek, useChangeWeek, useWeek, type WeekRow } from '../api';
import { WeekGrid } from '../components/WeekGrid';

const emptyRow = (projectId = '', billable = false): WeekRow => ({
  projectId,
  taskId: null,
  billable,
  hours: [0, 0, 0, 0, 0, 0, 0],
  notes: [null, null, null, null, null, null, null],
});

/** One's own week of time: type hours per project and day, save, and send for approval. */
export default function TimesheetPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const week = mondayOf(params.get('week') ?? dayjs());
  const current = useWeek(week);
  const { save, submit } = useChangeWeek(week);
  const [rows, setRows] = useState<WeekRow[]>([]);
  const data = current.data;
  useEffect(() => {
    if (data) setRows(data.rows.length ? data.rows : []);
  }, [data]);

  if (current.isPending) return <Spin />;
  if (!data) return <ProblemAlert error={current.error} />;
  const go = (w: string) => setParams({ week: w });
  const isOpen = (r: WeekRow) => {
    const s = data.sheets.find((x) => x.projectId === r.projectId)?.status;
    return !s || s === 'draft' || s === 'rejected';
  };
  const openRows = () => rows.filter((r) => r.projectId && isOpen(r));
  const reasons = data.sheets.filter((s) => s.rejectionReason && s.status !== 'approved');
  const firstProject = data.projects.find((p) => p.from);

  const copyLastWeek = async () => {
    const last = await fetchWeekRows(shiftWeek(week, -1));
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
          <Space>
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
