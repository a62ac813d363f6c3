import {
  Button,
  Card,
  Checkbox,
  Form,
  List,
  Modal,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Onboarding, useOnboarding, useOnboardingSteps } from '../api';

const sensitivities = ['none', 'internal', 'confidential', 'personal'] as const;
const healths = ['strong', 'adequate', 'weak'] as const;
const yesNo = [
  'accessToClientSystems',
  'subcontractsFurther',
  'worksOffshore',
  'securityCertified',
] as const;

/** The checklist a supplier completes before approval, and the due diligence behind its risk tier. */
export function OnboardingCard({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const onboarding = useOnboarding(supplierId);
  const { mark, assess } = useOnboardingSteps(supplierId);
  const [asking, setAsking] = useState(false);
  const o = onboarding.data;
  if (!o) return <ProblemAlert error={onboarding.error} />;
  return (
    <Card
      title={t('onboarding.title')}
      extra={
        o.complete ? (
          <Tag color="green">{t('onboarding.complete')}</Tag>
        ) : (
          <Tag color="orange">{t('onboarding.incomplete')}</Tag>
        )
      }
    >
      <ProblemAlert error={mark.error ?? assess.error} />
      <List
        dataSource={o.steps}
        locale={{ emptyText: t('onboarding.noSteps') }}
        renderItem={(s) => (
          <List.Item
            extra={
              s.done && s.doneBy ? (
                <Typography.Text type="secondary">
                  {s.doneBy} · <DateTime value={s.doneAt} />
                </Typography.Text>
              ) : null
            }
          >
            {s.item.kind === 'questionnaire' ? (
              <Space>
                <Checkbox checked={s.done} disabled />
                {s.item.label}
                <Button size="small" onClick={() => setAsking(true)}>
                  {s.done ? t('onboarding.reassess') : t('onboarding.answer')}
                </Button>
              </Space>
            ) : (
              <Checkbox
                checked={s.done}
                onChange={(e) => mark.mutate({ itemId: s.item.id, done: e.target.checked })}
              >
                {s.item.label} {!s.item.required && <Tag>{t('onboarding.optional')}</Tag>}
              </Checkbox>
            )}
          </List.Item>
        )}
      />
      {o.riskTier && o.assessedAt && (
        <Typography.Paragraph>
          {t('onboarding.assessed', {
            tier: t(`supplier.riskTier.${o.riskTier}`),
            by: o.assessedBy ?? '',
          })}{' '}
          <DateTime value={o.assessedAt} />
        </Typography.Paragraph>
      )}
      {asking && (
        <DueDiligenceForm
          initial={o.dueDiligence}
          pending={assess.isPending}
          onClose={() => setAsking(false)}
          onSubmit={async (answers) => {
            await assess.mutateAsync(answers);
            setAsking(false);
          }}
        />
      )}
    </Card>
  );
}

type Answers = NonNullable<Onboarding['dueDiligence']>;

function DueDiligenceForm({
  initial,
  pending,
  onClose,
  onSubmit,
}: {
  initial: Answers | null;
  pending: boolean;
  onClose: () => void;
  onSubmit: (a: Answers) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <Modal
      open
      title={t('onboarding.questionnaire')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={pending}
    >
      <Form
        form={form}
        name="due-diligence"
        layout="vertical"
        initialValues={
          initial ?? {
            dataSensitivity: 'internal',
            accessToClientSystems: false,
            subcontractsFurther: false,
            worksOffshore: false,
            securityCertified: false,
            financialHealth: 'strong',
          }
        }
        onFinish={onSubmit}
      >
        <Form.Item name="dataSensitivity" label={t('onboarding.q.dataSensitivity')}>
          <Select
            options={sensitivities.map((s) => ({
              value: s,
              label: t(`onboarding.sensitivity.${s}`),
            }))}
          />
        </Form.Item>
        {yesNo.map((q) => (
          <Form.Item key={q} name={q} label={t(`onboarding.q.${q}`)}>
            <Radio.Group
              options={[
                { value: true, label: t('common.yes') },
                { value: false, label: t('common.no') },
              ]}
            />
          </Form.Item>
        ))}
        <Form.Item name="financialHealth" label={t('onboarding.q.financialHealth')}>
          <Select
            options={healths.map((s) => ({ value: s, label: t(`onboarding.health.${s}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
