import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../components/FormDrawer';
import { orNull } from '../../../components/form-values';
import { localName } from '../../../components/local-name';
import { commonCurrencies, fromMinor, toMinor } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useOpportunities } from '../../clients/opportunities-api';
import { seniorities } from '../../contracts/api';
import { LanguagesField } from '../../people/components/LanguagesField';
import { useSkills } from '../../people/skills-api';
import { PositionSelect } from '../../settings/components/PositionSelect';
import { requestStatuses, type StaffingRequest, useSaveRequest } from '../api';

/** Whole-hour offsets from UTC−12 to UTC+14, for the time-zone window. */
const offsets = Array.from({ length: 27 }, (_, i) => (i - 12) * 60);
export const offsetLabel = (minutes: number) =>
  `UTC${minutes < 0 ? '−' : '+'}${Math.abs(minutes) / 60}`;

/** Opens a staffing request or changes one: the role, skills and window to staff. */
export function RequestForm({
  request,
  onClose,
  onSaved,
}: {
  request: StaffingRequest | null;
  onClose: () => void;
  onSaved?: (r: StaffingRequest) => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm();
  const save = useSaveRequest();
  const skills = useSkills();
  const opportunities = useOpportunities({ limit: 200 });
  return (
    <FormDrawer
      title={
        request
          ? `${request.number} ${localName(request.position, i18n.language)}`
          : t('staffing.new')
      }
      form={form}
      saving={save.isPending}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          hoursPerWeek: 40,
          headcount: 1,
          currency: 'CNY',
          skills: [],
          languages: [],
          ...request,
          opportunityId: request?.opportunity?.id,
          positionId: request?.position.id,
          maxRate:
            request?.maxRateMinor != null && request.currency
              ? fromMinor(request.maxRateMinor, request.currency)
              : undefined,
          window: request ? [dayjs(request.startDate), dayjs(request.endDate)] : undefined,
        }}
        onFinish={async (v) => {
          const saved = await save.mutateAsync({
            ...(request ? { id: request.id, version: request.version } : {}),
            body: {
              positionId: v.positionId,
              seniority: v.seniority ?? null,
              opportunityId: v.opportunityId ?? null,
              skills: v.skills ?? [],
              languages: v.languages ?? [],
              location: orNull(v.location),
              utcOffsetMin: v.utcOffsetMin ?? null,
              utcOffsetMax: v.utcOffsetMax ?? null,
              hoursPerWeek: v.hoursPerWeek,
              startDate: v.window[0].format('YYYY-MM-DD'),
              endDate: v.window[1].format('YYYY-MM-DD'),
              maxRateMinor: v.maxRate != null ? toMinor(v.maxRate, v.currency) : null,
              currency: v.maxRate != null ? v.currency : null,
              headcount: v.headcount,
              notes: orNull(v.notes),
              ...(request ? { status: v.status } : {}),
            },
          });
          onSaved?.(saved);
          onClose();
        }}
      >
        <ProblemAlert error={save.error} />
        <Space wrap>
          <Form.Item
            name="positionId"
            label={t('position.position')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <PositionSelect style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name="seniority" label={t('person.grade')}>
            <Select
              allowClear
              style={{ width: 150 }}
              options={seniorities.map((s) => ({ value: s, label: t(`rate.seniority.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="headcount" label={t('staffing.headcount')}>
            <InputNumber min={1} max={100} />
          </Form.Item>
          {request && (
            <Form.Item name="status" label={t('client.statusLabel')}>
              <Select
                style={{ width: 140 }}
                options={requestStatuses.map((s) => ({
                  value: s,
                  label: t(`staffing.status.${s}`),
                }))}
              />
            </Form.Item>
          )}
        </Space>
        <Form.Item name="opportunityId" label={t('staffing.opportunity')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={(opportunities.data?.items ?? []).map((o) => ({
              value: o.id,
              label: `${o.number} ${o.title}`,
            }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="window"
            label={t('staffing.window')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DatePicker.RangePicker aria-label={t('staffing.window')} />
          </Form.Item>
          <Form.Item name="hoursPerWeek" label={t('person.hoursPerWeek')}>
            <InputNumber min={1} max={80} />
          </Form.Item>
        </Space>
        <Form.List name="skills">
          {(fields, { add, remove }) => (
            <Form.Item label={t('staffing.skills')}>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item
                    name={[f.name, 'skillId']}
                    rules={[{ required: true, message: t('form.required') }]}
                  >
                    <Select
                      showSearch
                      optionFilterProp="label"
                      aria-label={t('skill.skill')}
                      style={{ width: 220 }}
                      options={(skills.data ?? []).map((s) => ({
                        value: s.id,
                        label: localName(s, i18n.language),
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'minProficiency']} initialValue={3}>
                    <InputNumber
                      min={1}
                      max={5}
                      aria-label={t('staffing.minProficiency')}
                      addonBefore={t('staffing.minProficiency')}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'weight']} initialValue={5}>
                    <InputNumber
                      min={1}
                      max={10}
                      aria-label={t('staffing.weight')}
                      addonBefore={t('staffing.weight')}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                {t('skill.add')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <LanguagesField placeholder="en" />
        <Space wrap>
          <Form.Item name="location" label={t('person.location')}>
            <Input />
          </Form.Item>
          <Form.Item name="utcOffsetMin" label={t('staffing.offsetFrom')}>
            <Select
              allowClear
              style={{ width: 120 }}
              options={offsets.map((o) => ({ value: o, label: offsetLabel(o) }))}
            />
          </Form.Item>
          <Form.Item name="utcOffsetMax" label={t('staffing.offsetTo')}>
            <Select
              allowClear
              style={{ width: 120 }}
              options={offsets.map((o) => ({ value: o, label: offsetLabel(o) }))}
            />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="maxRate" label={t('staffing.maxRate')}>
            <InputNumber min={0} aria-label={t('staffing.maxRate')} />
          </Form.Item>
          <Form.Item name="currency" label={t('staffing.currency')}>
            <Select
              style={{ width: 100 }}
              options={commonCurrencies.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="notes" label={t('staffing.notes')}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
