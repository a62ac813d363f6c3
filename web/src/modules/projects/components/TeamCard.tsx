import { App, Button, Card, DatePicker, Form, InputNumber, Select } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { usePeople } from '../../people/api';
import { PositionSelect } from '../../settings/components/PositionSelect';
import { useChangeAssignments } from '../../staffing/api';
import { AssignmentsTable } from '../../staffing/components/AssignmentsTable';
import type { Project } from '../api';

/** Who is booked on the project; tasks are assigned from them. */
export function TeamCard({ project, canBook }: { project: Project; canBook: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const people = usePeople({ limit: 200, status: 'active' });
  const { create } = useChangeAssignments();
  const [form] = Form.useForm();
  return (
    <Card title={t('project.team')} size="small">
      {canBook && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{ hoursPerWeek: 40 }}
          onFinish={async (v: {
            personId: string;
            positionId: string;
            dates: [dayjs.Dayjs, dayjs.Dayjs];
            hoursPerWeek: number;
          }) => {
            const saved = await create.mutateAsync({
              personId: v.personId,
              projectId: project.id,
              positionId: v.positionId,
              startDate: v.dates[0].format('YYYY-MM-DD'),
              endDate: v.dates[1].format('YYYY-MM-DD'),
              hoursPerWeek: v.hoursPerWeek,
              status: 'proposed',
            });
            // Booked all the same: the rate can be added before the first week is approved.
            for (const w of saved.warnings) message.warning(t(`staffing.warning.${w.code}`));
            form.resetFields();
          }}
        >
          <Form.Item name="personId" rules={[{ required: true, message: t('form.required') }]}>
            <Select
              showSearch
              optionFilterProp="label"
              placeholder={t('person.name')}
              aria-label={t('project.person')}
              style={{ width: 180 }}
              options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
          <Form.Item name="positionId" rules={[{ required: true, message: t('form.required') }]}>
            <PositionSelect style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="dates" rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker.RangePicker aria-label={t('staffing.window')} />
          </Form.Item>
          <Form.Item name="hoursPerWeek">
            <InputNumber min={1} max={80} aria-label={t('person.hoursPerWeek')} addonAfter="h" />
          </Form.Item>
          <Button htmlType="submit" loading={create.isPending}>
            {t('project.book')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={create.error} />
      <AssignmentsTable filter={{ projectId: project.id }} canWrite={canBook} show="person" />
    </Card>
  );
}
