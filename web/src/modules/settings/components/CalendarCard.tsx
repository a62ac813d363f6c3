import {
  Alert,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { deleteColumn } from '../../../components/DeleteButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  useAddBusinessMinutes,
  useAddCalendarDay,
  useApplyPreset,
  useHolidayCountries,
  useImportDays,
  useRemoveCalendarDay,
  useUpdateCalendar,
  type WorkingCalendar,
} from '../api';
import { formatSpans, parseSpans } from './week-hours';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
type Day = WorkingCalendar['days'][number];

/** One calendar: its week, its holidays and make-up days, presets, import and a business-time check. */
export function CalendarCard({
  calendar,
  editable,
}: {
  calendar: WorkingCalendar;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const update = useUpdateCalendar(calendar.id);
  const addDay = useAddCalendarDay(calendar.id);
  const removeDay = useRemoveCalendarDay(calendar.id);
  const preset = useApplyPreset(calendar.id);
  const importDays = useImportDays(calendar.id);
  const countries = useHolidayCountries();
  const [country, setCountry] = useState(calendar.country ?? 'CN');
  const [year, setYear] = useState(dayjs().year());
  const error = update.error ?? addDay.error ?? removeDay.error ?? preset.error ?? importDays.error;
  return (
    <Card
      title={
        <Space>
          {calendar.name}
          <Tag>{calendar.timeZone}</Tag>
          <Typography.Text type="secondary">
            {t('calendar.weeklyHours', { hours: calendar.weeklyMinutes / 60 })}
          </Typography.Text>
        </Space>
      }
    >
      {calendar.holidayGaps.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('calendar.holidayGaps', { years: calendar.holidayGaps.join('、') })}
        />
      )}
      <ProblemAlert error={error} />
      <Form
        name={`week-${calendar.id}`}
        layout="horizontal"
        labelCol={{ span: 3 }}
        disabled={!editable}
        initialValues={Object.fromEntries(
          weekdays.map((d, i) => [d, formatSpans(calendar.week[i] as [string, string][])]),
        )}
        onFinish={(v) =>
          update.mutate({
            version: calendar.version,
            body: { week: weekdays.map((d) => parseSpans(v[d] ?? '')) },
          })
        }
      >
        {weekdays.map((d) => (
          <Form.Item
            key={d}
            name={d}
            label={t(`calendar.weekday.${d}`)}
            style={{ marginBottom: 8 }}
          >
            <Input placeholder={t('calendar.dayOff')} style={{ maxWidth: 320 }} />
          </Form.Item>
        ))}
        {editable && (
          <Button htmlType="submit" loading={update.isPending}>
            {t('calendar.saveHours')}
          </Button>
        )}
      </Form>
      {editable && (
        <Space wrap style={{ margin: '16px 0' }}>
          <Select
            showSearch
            optionFilterProp="label"
            aria-label={t('calendar.country')}
            style={{ width: 200 }}
            value={country}
            onChange={setCountry}
            options={Object.entries(countries.data ?? {}).map(([code, name]) => ({
              value: code,
              label: `${code} ${name}`,
            }))}
          />
          <InputNumber
            aria-label={t('calendar.year')}
            value={year}
            min={2000}
            max={2100}
            onChange={(v) => setYear(v ?? year)}
          />
          <Button loading={preset.isPending} onClick={() => preset.mutate({ country, year })}>
            {t('calendar.applyPreset')}
          </Button>
          <Upload
            accept=".csv,.ics"
            showUploadList={false}
            beforeUpload={async (file) => {
              const text = await file.text();
              importDays.mutate({
                format: file.name.toLowerCase().endsWith('.ics') ? 'ics' : 'csv',
                text,
              });
              return false;
            }}
          >
            <Button loading={importDays.isPending}>{t('calendar.import')}</Button>
          </Upload>
          <Typography.Text type="secondary">{t('calendar.importHint')}</Typography.Text>
        </Space>
      )}
      {editable && (
        <AddDayForm
          calendarId={calendar.id}
          onAdd={(body) => addDay.mutateAsync(body)}
          pending={addDay.isPending}
        />
      )}
      <Table<Day>
        size="small"
        rowKey="id"
        dataSource={calendar.days}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        columns={[
          { title: t('settings.date'), dataIndex: 'day' },
          {
            title: t('calendar.kindLabel'),
            dataIndex: 'kind',
            render: (k) => (
              <Tag color={k === 'holiday' ? 'red' : 'blue'}>{t(`calendar.kind.${k}`)}</Tag>
            ),
          },
          { title: t('qualification.name'), dataIndex: 'name', render: (n) => n ?? '—' },
          ...deleteColumn<Day>(editable, (id) => removeDay.mutate(id)),
        ]}
      />
      <BusinessTimeCheck calendarId={calendar.id} />
    </Card>
  );
}

function AddDayForm({
  calendarId,
  onAdd,
  pending,
}: {
  calendarId: string;
  onAdd: (body: {
    day: string;
    kind: 'holiday' | 'workday';
    name: string | null;
  }) => Promise<unknown>;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <Form
      form={form}
      // Field ids carry the calendar's: several cards on one page must not share them.
      name={`day-${calendarId}`}
      layout="inline"
      style={{ marginBottom: 12, rowGap: 8 }}
      initialValues={{ kind: 'holiday' }}
      onFinish={async (v) => {
        await onAdd({
          day: v.day.format('YYYY-MM-DD'),
          kind: v.kind,
          name: v.name?.trim() || null,
        });
        form.resetFields();
      }}
    >
      <Form.Item name="day" rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker aria-label={t('settings.date')} />
      </Form.Item>
      <Form.Item name="kind">
        <Select
          style={{ width: 150 }}
          options={(['holiday', 'workday'] as const).map((k) => ({
            value: k,
            label: t(`calendar.kind.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="name">
        <Input placeholder={t('qualification.name')} />
      </Form.Item>
      <Button htmlType="submit" loading={pending}>
        {t('calendar.addDay')}
      </Button>
    </Form>
  );
}

/** "If the clock starts then, when are N working hours up?" — the SLA deadline question. */
function BusinessTimeCheck({ calendarId }: { calendarId: string }) {
  const { t } = useTranslation();
  const add = useAddBusinessMinutes(calendarId);
  const [from, setFrom] = useState(dayjs());
  const [hours, setHours] = useState(8);
  return (
    <Space wrap style={{ marginTop: 16 }}>
      <Typography.Text>{t('calendar.checkFrom')}</Typography.Text>
      <DatePicker showTime value={from} onChange={(d) => d && setFrom(d)} allowClear={false} />
      <InputNumber
        min={0}
        value={hours}
        onChange={(v) => setHours(v ?? 0)}
        suffix={t('calendar.workingHours')}
      />
      <Button
        onClick={() => add.mutate({ from: from.toISOString(), minutes: Math.round(hours * 60) })}
      >
        {t('calendar.check')}
      </Button>
      {add.data && (
        <Typography.Text strong>
          {t('calendar.dueAt')} <DateTime value={add.data.at} />
        </Typography.Text>
      )}
      <ProblemAlert error={add.error} />
    </Space>
  );
}
