import { Button, Checkbox, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { workerDocuments } from '../../people/availability-api';
import { useSaveSettings, useSettings } from '../api';

/** Which documents a supplier worker must hold valid for their access to stay on. */
export function WorkerDocuments({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const save = useSaveSettings();
  if (!settings.data) return <ProblemAlert error={settings.error} />;
  return (
    <Form
      layout="inline"
      initialValues={{ workerDocuments: settings.data.workerDocuments }}
      disabled={!editable}
      onFinish={(v) => save.mutate({ workerDocuments: v.workerDocuments })}
    >
      <Form.Item name="workerDocuments" extra={t('settings.workerDocumentsHint')}>
        <Checkbox.Group
          options={workerDocuments.map((d) => ({ value: d, label: t(`credential.kind.${d}`) }))}
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('common.save')}
      </Button>
      <ProblemAlert error={save.error} />
    </Form>
  );
}
