import { Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { mondayOf, useWeek } from '../../time/api';
import { useOpenClaim } from '../expenses-api';

/** Opens a claim on one of the projects the person works on this week. */
export function ClaimForm({
  onClose,
  onOpened,
}: {
  onClose: () => void;
  onOpened: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const week = useWeek(mondayOf(dayjs()));
  const openClaim = useOpenClaim();
  return (
    <FormDialog
      title={t('expense.new')}
      form={form}
      pending={openClaim.isPending}
      error={openClaim.error ?? week.error}
      onClose={onClose}
      onFinish={(v: { projectId: string; title: string }) =>
        openClaim.mutateAsync(v).then((c) => onOpened(c.id))
      }
    >
      <Form.Item name="projectId" label={t('expense.project')} rules={[{ required: true }]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={week.isLoading}
          options={(week.data?.projects ?? []).map((p) => ({
            value: p.id,
            label: `${p.number} ${p.name}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('expense.title')} rules={[{ required: true, max: 200 }]}>
        <Input placeholder={t('expense.titleExample')} />
      </Form.Item>
    </FormDialog>
  );
}
