import {
  Button,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Switch,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../components/FormDrawer';
import {
  commonCurrencies,
  fractionOf,
  fromMinor,
  percentOf,
  toMinor,
} from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useMe } from '../../auth/api';
import { useClients } from '../../clients/api';
import { useClientExposure } from '../../finance/api';
import { ExposureWarning } from '../../finance/components/ClientExposure';
import { MemberSelect } from '../../members/components/MemberSelect';
import { useCalendars } from '../../settings/api';
import { useSuppliers } from '../../suppliers/api';
import {
  billingModels,
  type Contract,
  type ContractBody,
  contractTypes,
  invoiceDetails,
  paymentReleases,
  retainerPeriods,
  useContracts,
  useSaveContract,
} from '../api';

/** What a new contract starts from, e.g. a won opportunity. */
export type ContractDraft = Partial<
  Pick<
    ContractBody,
    'partyType' | 'clientId' | 'supplierId' | 'opportunityId' | 'title' | 'currency' | 'valueMinor'
  >
>;

const day = (v: dayjs.Dayjs | null | undefined) => (v ? v.format('YYYY-MM-DD') : null);

/** Drafts a contract with a client or a supplier, or edits a draft. */
export function ContractForm({
  contract,
  draft,
  onClose,
  onSaved,
}: {
  contract: Contract | null;
  draft?: ContractDraft;
  onClose: () => void;
  onSaved?: (c: Contract) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { data: me } = useMe();
  const save = useSaveContract();
  const calendars = useCalendars();
  const partyType =
    Form.useWatch('partyType', form) ?? contract?.partyType ?? draft?.partyType ?? 'client';
  const counterpartyId = Form.useWatch('counterpartyId', form);
  const billingModel = Form.useWatch('billingModel', form);
  const exposure = useClientExposure(partyType === 'client' ? counterpartyId : undefined);
  const currency = Form.useWatch('currency', form) ?? 'CNY';
  const clients = useClients({ limit: 200 });
  const suppliers = useSuppliers({ limit: 200 });
  const parents = useContracts(
    partyType === 'client'
      ? { clientId: counterpartyId, limit: 200 }
      : { supplierId: counterpartyId, limit: 200 },
    Boolean(counterpartyId),
  );
  const counterparties = partyType === 'client' ? clients.data?.items : suppliers.data?.items;
  const initialCurrency =
    contract?.currency ?? draft?.currency ?? me?.workspace?.baseCurrency ?? 'CNY';
  return (
    <FormDrawer
      title={contract ? `${contract.number} ${contract.title}` : t('contract.new')}
      form={form}
      saving={save.isPending}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          partyType: contract?.partyType ?? draft?.partyType ?? 'client',
          counterpartyId: contract?.counterparty.id ?? draft?.clientId ?? draft?.supplierId,
          type: contract?.type ?? 'sow',
          parentId: contract?.parent?.id,
          title: contract?.title ?? draft?.title,
          ownerId: contract?.owner?.id ?? me?.user.id,
          currency: initialCurrency,
          value:
            contract || draft?.valueMinor !== undefined
              ? fromMinor(contract?.valueMinor ?? draft?.valueMinor ?? 0, initialCurrency)
              : undefined,
          startDate: contract ? dayjs(contract.startDate) : undefined,
          endDate: contract?.endDate ? dayjs(contract.endDate) : undefined,
          autoRenew: contract?.autoRenew ?? false,
          noticeDays: contract?.noticeDays ?? 30,
          paymentTermsDays: contract?.paymentTermsDays ?? 30,
          billingModel: contract?.billingModel ?? 'time_and_materials',
          cap:
            contract?.capMinor != null ? fromMinor(contract.capMinor, initialCurrency) : undefined,
          hourBlock: contract?.hourBlock ?? undefined,
          fees: (contract?.feeSchedule ?? []).map((f) => ({
            date: dayjs(f.date),
            amount: fromMinor(f.amountMinor, initialCurrency),
            label: f.label,
          })),
          scope: contract?.scope ?? '',
          calendarId: contract?.calendarId ?? undefined,
          slaPriorityChange: contract?.slaPriorityChange ?? 'retroactive',
          slaPauseCapMinutes: contract?.slaPauseCapMinutes ?? undefined,
          paymentRelease: contract?.paymentRelease ?? 'on_approval',
          invoiceDetail: contract?.invoiceDetail ?? 'summary',
          expenseMarkupPercent: percentOf(contract?.expenseMarkup ?? '0'),
          retainerPeriod: contract?.retainerPeriod ?? 'month',
          retainerOverage: contract?.retainerOverage ?? false,
        }}
        onFinish={async (v) => {
          const terms = {
            type: v.type,
            parentId: v.parentId ?? null,
            title: v.title,
            ownerId: v.ownerId ?? null,
            currency: v.currency,
            valueMinor: toMinor(v.value ?? 0, v.currency),
            startDate: day(v.startDate) as string,
            endDate: day(v.endDate),
            autoRenew: Boolean(v.autoRenew),
            noticeDays: v.noticeDays ?? 0,
            paymentTermsDays: v.paymentTermsDays ?? 0,
            billingModel: v.billingModel,
            capMinor:
              v.billingModel === 'time_and_materials' && v.cap != null
                ? toMinor(v.cap, v.currency)
                : null,
            hourBlock: v.billingModel === 'retainer' ? (v.hourBlock ?? null) : null,
            ...(v.billingModel === 'retainer'
              ? { retainerPeriod: v.retainerPeriod, retainerOverage: Boolean(v.retainerOverage) }
              : {}),
            feeSchedule:
              v.billingModel === 'fixed_price'
                ? (v.fees ?? []).map((f: { date: dayjs.Dayjs; amount: number; label: string }) => ({
                    date: day(f.date) as string,
                    amountMinor: toMinor(f.amount ?? 0, v.currency),
                    label: f.label,
                  }))
                : [],
            scope: v.scope ?? '',
            calendarId: v.calendarId ?? null,
            slaPriorityChange: v.slaPriorityChange,
            slaPauseCapMinutes: v.slaPauseCapMinutes ?? null,
            ...(partyType === 'supplier'
              ? { paymentRelease: v.paymentRelease }
              : {
                  invoiceDetail: v.invoiceDetail,
                  expenseMarkup: fractionOf(v.expenseMarkupPercent ?? 0),
                }),
          };
          const saved = contract
            ? await save.mutateAsync({ id: contract.id, version: contract.version, body: terms })
            : await save.mutateAsync({
                body: {
                  ...terms,
                  partyType: v.partyType,
                  ...(v.partyType === 'client'
                    ? { clientId: v.counterpartyId }
                    : { supplierId: v.counterpartyId }),
                  ...(draft?.opportunityId ? { opportunityId: draft.opportunityId } : {}),
                },
              });
          // Saving a new contract usually opens it; that replaces closing the drawer.
          if (onSaved) onSaved(saved);
          else onClose();
        }}
      >
        <Space wrap align="start">
          <Form.Item name="partyType" label={t('contract.side')}>
            <Radio.Group
              disabled={Boolean(contract || draft?.partyType)}
              onChange={() =>
                form.setFieldsValue({ counterpartyId: undefined, parentId: undefined })
              }
              options={[
                { value: 'client', label: t('contract.partyType.client') },
                { value: 'supplier', label: t('contract.partyType.supplier') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="counterpartyId"
            label={t('contract.counterparty')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select
              showSearch
              aria-label={t('contract.counterparty')}
              optionFilterProp="label"
              style={{ width: 280 }}
              disabled={Boolean(contract || draft?.clientId || draft?.supplierId)}
              options={(counterparties ?? []).map((c) => ({
                value: c.id,
                label: `${c.number} ${c.name}`,
              }))}
            />
          </Form.Item>
        </Space>
        {/* Drafting new work for a client past its limit or with overdue invoices: say so. */}
        {partyType === 'client' && !contract && <ExposureWarning exposure={exposure.data} />}
        <Space wrap>
          <Form.Item name="type" label={t('contract.typeLabel')}>
            <Select
              showSearch
              aria-label={t('contract.typeLabel')}
              optionFilterProp="label"
              style={{ width: 200 }}
              options={contractTypes.map((x) => ({ value: x, label: t(`contract.type.${x}`) }))}
            />
          </Form.Item>
          <Form.Item name="parentId" label={t('contract.parent')}>
            <Select
              allowClear
              style={{ width: 280 }}
              options={(parents.data?.items ?? [])
                .filter(
                  (c) => (c.type === 'msa' || c.type === 'framework') && c.id !== contract?.id,
                )
                .map((c) => ({ value: c.id, label: `${c.number} ${c.title}` }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="title"
          label={t('contract.title')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="value"
            label={t('contract.value')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <InputNumber min={0} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="currency" label={t('opportunity.currency')}>
            <Select
              showSearch
              style={{ width: 110 }}
              options={commonCurrencies.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
          <Form.Item name="ownerId" label={t('client.owner')}>
            <MemberSelect style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item
            name="startDate"
            label={t('contract.startDate')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <DatePicker aria-label={t('contract.startDate')} />
          </Form.Item>
          <Form.Item name="endDate" label={t('contract.endDate')}>
            <DatePicker aria-label={t('contract.endDate')} />
          </Form.Item>
          <Form.Item name="noticeDays" label={t('contract.noticeDays')}>
            <InputNumber min={0} max={3650} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="paymentTermsDays" label={t('contract.paymentTermsDays')}>
            <InputNumber min={0} max={365} style={{ width: 120 }} />
          </Form.Item>
        </Space>
        {partyType === 'client' && (
          <Space wrap>
            <Form.Item name="invoiceDetail" label={t('contract.invoiceDetail')}>
              <Select
                style={{ width: 320 }}
                options={invoiceDetails.map((d) => ({
                  value: d,
                  label: t(`contract.invoiceDetails.${d}`),
                }))}
              />
            </Form.Item>
            <Form.Item name="expenseMarkupPercent" label={t('contract.expenseMarkup')}>
              <InputNumber min={0} max={100} precision={2} suffix="%" style={{ width: 140 }} />
            </Form.Item>
          </Space>
        )}
        {partyType === 'supplier' && (
          <Form.Item
            name="paymentRelease"
            label={t('contract.paymentRelease')}
            extra={t('contract.paymentReleaseHint')}
          >
            <Select
              style={{ width: 320 }}
              options={paymentReleases.map((r) => ({
                value: r,
                label: t(`contract.paymentReleases.${r}`),
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="autoRenew" valuePropName="checked">
          <Checkbox>{t('contract.autoRenew')}</Checkbox>
        </Form.Item>
        <Form.Item name="billingModel" label={t('contract.billingModelLabel')}>
          <Radio.Group
            options={billingModels.map((b) => ({
              value: b,
              label: t(`contract.billingModel.${b}`),
            }))}
          />
        </Form.Item>
        {billingModel === 'time_and_materials' && (
          <Form.Item name="cap" label={t('contract.cap')}>
            <InputNumber min={0} style={{ width: 180 }} suffix={currency} />
          </Form.Item>
        )}
        {billingModel === 'retainer' && (
          <Space wrap align="start">
            <Form.Item
              name="hourBlock"
              label={t('contract.hourBlock')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <InputNumber min={1} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item
              name="retainerPeriod"
              label={t('contract.retainerPeriod')}
              extra={t('contract.retainerPeriodHint')}
            >
              <Select
                style={{ width: 200 }}
                options={retainerPeriods.map((p) => ({
                  value: p,
                  label: t(`contract.retainerPeriods.${p}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="retainerOverage"
              label={t('contract.retainerOverage')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
          </Space>
        )}
        {billingModel === 'fixed_price' && (
          <Form.List name="fees">
            {(fields, { add, remove }) => (
              <Form.Item label={t('contract.feeSchedule')}>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline">
                    <Form.Item
                      name={[f.name, 'date']}
                      rules={[{ required: true, message: t('form.required') }]}
                    >
                      <DatePicker />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'amount']}
                      rules={[{ required: true, message: t('form.required') }]}
                    >
                      <InputNumber min={0} style={{ width: 150 }} suffix={currency} />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'label']}
                      rules={[{ required: true, message: t('form.required') }]}
                    >
                      <Input placeholder={t('contract.feeLabel')} />
                    </Form.Item>
                    <Button type="link" onClick={() => remove(f.name)}>
                      {t('common.delete')}
                    </Button>
                  </Space>
                ))}
                <Button onClick={() => add()}>{t('contract.addFee')}</Button>
              </Form.Item>
            )}
          </Form.List>
        )}
        <Form.Item
          name="calendarId"
          label={t('contract.calendar')}
          extra={t('contract.calendarHint')}
        >
          <Select
            allowClear
            style={{ width: 280 }}
            options={(calendars.data ?? []).map((c) => ({
              value: c.id,
              label: `${c.name} (${c.timeZone})`,
            }))}
          />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item
            name="slaPriorityChange"
            label={t('contract.slaPriorityChange')}
            extra={t('contract.slaPriorityChangeHint')}
          >
            <Select
              style={{ width: 280 }}
              options={(['retroactive', 'restart'] as const).map((v) => ({
                value: v,
                label: t(`contract.slaPriorityChanges.${v}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="slaPauseCapMinutes"
            label={t('contract.slaPauseCap')}
            extra={t('contract.slaPauseCapHint')}
          >
            <InputNumber min={0} max={1_000_000} style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Form.Item name="scope" label={t('contract.scope')}>
          <Input.TextArea rows={6} />
        </Form.Item>
      </Form>
      <ProblemAlert error={save.error} />
    </FormDrawer>
  );
}
