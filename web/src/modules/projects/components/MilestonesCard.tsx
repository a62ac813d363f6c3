import { Button, Card, DatePicker, Form, Input, InputNumber, Table, Tag } from 'antd';
import type dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { deleteColumn } from '../../../components/DeleteButton';
import { Money } from '../../../components/Money';
import { toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Milestone, type Project, useChangeMilestones, useMilestones } from '../api';

/** The project's milestones, with what each bills where the contract bills by milestone. */
export function MilestonesCard({ project, canWrite }: { project: Project; canWrite: boolean }) {
  const { t } = useTranslation();
  const milestones = useMilestones(project.id);
  const { add, complete, remove } = useChangeMilestones(project.id);
  const [form] = Form.useForm();
  return (
    <Card title={t('project.milestones')} size="small">
      {canWrite && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          onFinish={async (v: { name: string; dueDate: dayjs.Dayjs; amount?: number }) => {
            await add.mutateAsync({
              name: v.name,
              dueDate: v.dueDate.format('YYYY-MM-DD'),
              amountMinor: v.amount != null ? toMinor(v.amount, project.currency) : null,
            });
            form.resetFields();
          }}
        >
          <Form.Item name="name" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('project.milestone')} aria-label={t('project.milestone')} />
          </Form.Item>
          <Form.Item name="dueDate" rules={[{ required: true, message: t('form.required') }]}>
            <DatePicker placeholder={t('project.due')} aria-label={t('project.due')} />
          </Form.Item>
          <Form.Item name="amount">
            <InputNumber
              min={0}
              placeholder={t('project.billed')}
              aria-label={t('project.billed')}
              addonAfter={project.currency}
            />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('project.addMilestone')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={milestones.error ?? add.error ?? complete.error ?? remove.error} />
      <Table<Milestone>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={milestones.data}
        columns={[
          { title: t('project.milestone'), dataIndex: 'name' },
          { title: t('project.due'), dataIndex: 'dueDate' },
          {
            title: t('project.billed'),
            key: 'amount',
            render: (_, m) =>
              m.amountMinor != null ? (
                <Money minor={m.amountMinor} currency={project.currency} />
              ) : (
                '—'
              ),
          },
          {
            title: t('client.statusLabel'),
            key: 'status',
            render: (_, m) =>
              m.status === 'completed' ? (
                <Tag color="green">{t('project.completedOn', { day: m.completedOn })}</Tag>
              ) : canWrite ? (
                <Button size="small" onClick={() => complete.mutate(m)}>
                  {t('project.complete')}
                </Button>
              ) : (
                <Tag>{t('project.open')}</Tag>
              ),
          },
          ...deleteColumn<Milestone>(canWrite, (id) => remove.mutate(id)),
        ]}
      />
    </Card>
  );
}
