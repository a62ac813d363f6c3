import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Space,
  Table,
} from 'antd';
import type dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormDrawer } from '../../../components/FormDrawer';
import { Money } from '../../../components/Money';
import { toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission, useMe } from '../../auth/api';
import type { Project } from '../api';
import { type ChangeRequest, useChangeChangeRequests, useChangeRequests } from '../changes-api';
import { DecideButtons, useChangeColumns } from './ChangeParts';

type Values = {
  title: string;
  description: string;
  reason: string;
  endDate?: dayjs.Dayjs;
  budgetDelta?: number;
};

function ChangeForm({ project, onClose }: { project: Project; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { add } = useChangeChangeRequests(project.id);
  return (
    <FormDrawer
      title={t('project.change.new')}
      form={form}
      saving={add.isPending}
      onClose={onClose}
    >
      <ProblemAlert error={add.error} />
      <Form
        form={form}
        name="change"
        layout="vertical"
        onFinish={async (v) => {
          await add.mutateAsync({
            title: v.title,
            description: v.description,
            reason: v.reason,
            endDate: v.endDate?.format('YYYY-MM-DD') ?? null,
            budgetDeltaMinor: toMinor(v.budgetDelta ?? 0, project.currency),
          });
          onClose();
        }}
      >
        <Form.Item name="title" label={t('project.change.title')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('project.change.scope')}
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="reason" label={t('project.change.reason')} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="endDate" label={t('project.change.endDate', { day: project.endDate })}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="budgetDelta" label={t('project.change.budgetDelta')}>
          <InputNumber addonAfter={project.currency} style={{ width: 220 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}

/** Where a change stands behind the scenes: our review, the plan it replaced, its amendment. */
function ChangeDetails({ change, project }: { change: ChangeRequest; project: Project }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={1}>
      <Descriptions.Item label={t('project.change.scope')}>{change.description}</Descriptions.Item>
      <Descriptions.Item label={t('project.change.reason')}>{change.reason}</Descriptions.Item>
      {change.reviewedBy && (
        <Descriptions.Item label={t('project.change.reviewedBy')}>
          {change.reviewedBy.name} {change.reviewComment}
        </Descriptions.Item>
      )}
      {change.clientComment && (
        <Descriptions.Item label={t('project.clientComment')}>
          {change.clientComment}
        </Descriptions.Item>
      )}
      {change.baselineSeq !== null && (
        <Descriptions.Item label={t('project.change.applied')}>
          {t('project.change.appliedText', {
            seq: change.baselineSeq,
            end: change.endDateBefore,
          })}{' '}
          {change.budgetBeforeMinor !== null && (
            <Money minor={change.budgetBeforeMinor} currency={project.currency} />
          )}
        </Descriptions.Item>
      )}
      {change.amendment && (
        <Descriptions.Item label={t('project.change.amendment')}>
          <Link to={`/contracts/${change.amendment.contractId}`}>
            {t('project.change.amendmentLink', { seq: change.amendment.seq })}
          </Link>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/**
 * The project's change requests: written here and submitted, reviewed by someone who approves
 * contracts (never the author), then put to the client in the portal.
 */
export function ChangeRequestsCard({ project, canWrite }: { project: Project; canWrite: boolean }) {
  const { t } = useTranslation();
  const can = useHasPermission();
  const me = useMe().data?.user.id;
  const list = useChangeRequests(project.id);
  const columns = useChangeColumns<ChangeRequest>();
  const { submit, review, amend } = useChangeChangeRequests(project.id);
  const [adding, setAdding] = useState(false);
  const open = project.phase !== 'closed';
  const actions = (c: ChangeRequest) => {
    if (c.status === 'draft' && canWrite) {
      return (
        <Button size="small" onClick={() => submit.mutate({ id: c.id, version: c.version })}>
          {t('project.change.submit')}
        </Button>
      );
    }
    if (c.status === 'submitted' && open && can('contracts:approve') && c.submittedBy?.id !== me) {
      return <DecideButtons change={c} busy={review.isPending} decide={review.mutateAsync} />;
    }
    if (
      c.status === 'approved' &&
      open &&
      !c.amendment &&
      project.contract &&
      can('contracts:write')
    ) {
      return (
        <Button size="small" onClick={() => amend.mutate({ id: c.id, version: c.version })}>
          {t('project.change.draftAmendment')}
        </Button>
      );
    }
    return null;
  };
  return (
    <Card
      title={t('project.change.heading')}
      size="small"
      extra={
        canWrite && (
          <Button size="small" onClick={() => setAdding(true)}>
            {t('project.change.new')}
          </Button>
        )
      }
    >
      {adding && <ChangeForm project={project} onClose={() => setAdding(false)} />}
      <ProblemAlert error={list.error ?? submit.error ?? review.error ?? amend.error} />
      <Table<ChangeRequest>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={list.data}
        expandable={{ expandedRowRender: (c) => <ChangeDetails change={c} project={project} /> }}
        columns={[...columns, { key: 'actions', render: (_, c) => <Space>{actions(c)}</Space> }]}
      />
    </Card>
  );
}
