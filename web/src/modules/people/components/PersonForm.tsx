import { DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../components/FormDrawer';
import { orNull } from '../../../components/form-values';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { seniorities, useContracts } from '../../contracts/api';
import { useMembers } from '../../members/api';
import { PositionSelect } from '../../settings/components/PositionSelect';
import { useSuppliers } from '../../suppliers/api';
import { type Person, personKinds, personStatuses, usePeople, useSavePerson } from '../api';
import { LanguagesField } from './LanguagesField';

const day = (d?: dayjs.Dayjs | null) => (d ? d.format('YYYY-MM-DD') : null);

/** Adds a person or edits one; a supplier worker names their supplier and its contract. */
export function PersonForm({
  person,
  onClose,
  onSaved,
}: {
  person: Person | null;
  onClose: () => void;
  onSaved?: (p: Person) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useSavePerson();
  const kind = Form.useWatch('kind', form) ?? person?.kind ?? 'employee';
  const supplierId = Form.useWatch('supplierId', form);
  const people = usePeople({ limit: 200 });
  // Linking a sign-in needs the member list; without it the link is left as it is.
  const seesMembers = useHasPermission()('members:read');
  const members = useMembers({ limit: 200, status: 'active' }, seesMembers);
  const suppliers = useSuppliers({ limit: 200 });
  const contracts = useContracts(
    { supplierId, partyType: 'supplier', limit: 200 },
    Boolean(supplierId),
  );
  return (
    <FormDrawer
      title={person ? `${person.number} ${person.name}` : t('person.new')}
      form={form}
      saving={save.isPending}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          kind: 'employee',
          status: 'active',
          hoursPerWeek: 40,
          partTimePercent: 100,
          languages: [],
          ...person,
          managerId: person?.manager?.id,
          supplierId: person?.supplier?.id,
          positionId: person?.position?.id,
          startDate: person?.startDate ? dayjs(person.startDate) : undefined,
          endDate: person?.endDate ? dayjs(person.endDate) : undefined,
        }}
        onFinish={async (v) => {
          const saved = await save.mutateAsync({
            ...(person ? { id: person.id, version: person.version } : {}),
            body: {
              kind: v.kind,
              name: v.name,
              email: orNull(v.email),
              positionId: v.positionId ?? null,
              department: orNull(v.department),
              grade: v.grade ?? null,
              managerId: v.managerId ?? null,
              location: orNull(v.location),
              timeZone: orNull(v.timeZone),
              languages: v.languages ?? [],
              startDate: day(v.startDate),
              endDate: day(v.endDate),
              status: v.status,
              supplierId: v.kind === 'supplier_worker' ? (v.supplierId ?? null) : null,
              supplierContractId:
                v.kind === 'supplier_worker' ? (v.supplierContractId ?? null) : null,
              hoursPerWeek: v.hoursPerWeek,
              partTimePercent: v.partTimePercent,
              ...(seesMembers ? { userId: v.userId ?? null } : {}),
            },
          });
          onSaved?.(saved);
          onClose();
        }}
      >
        <Space wrap>
          <Form.Item name="kind" label={t('person.kindLabel')}>
            <Select
              disabled={Boolean(person)}
              aria-label={t('person.kindLabel')}
              style={{ width: 180 }}
              options={personKinds.map((k) => ({ value: k, label: t(`person.kind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="status" label={t('client.statusLabel')}>
            <Select
              style={{ width: 140 }}
              options={personStatuses.map((s) => ({ value: s, label: t(`person.status.${s}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="name"
          label={t('person.name')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item name="positionId" label={t('position.position')}>
            <PositionSelect allowClear style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="grade" label={t('person.grade')}>
            <Select
              allowClear
              style={{ width: 150 }}
              options={seniorities.map((s) => ({ value: s, label: t(`rate.seniority.${s}`) }))}
            />
          </Form.Item>
          <Form.Item name="department" label={t('person.department')}>
            <Input />
          </Form.Item>
        </Space>
        {kind === 'supplier_worker' && (
          <Space wrap>
            <Form.Item
              name="supplierId"
              label={t('person.supplier')}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                aria-label={t('person.supplier')}
                style={{ width: 220 }}
                options={(suppliers.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
              />
            </Form.Item>
            <Form.Item name="supplierContractId" label={t('person.supplierContract')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                aria-label={t('person.supplierContract')}
                style={{ width: 260 }}
                disabled={!supplierId}
                options={(supplierId ? (contracts.data?.items ?? []) : []).map((c) => ({
                  value: c.id,
                  label: `${c.number} ${c.title}`,
                }))}
              />
            </Form.Item>
          </Space>
        )}
        {seesMembers && (
          <Form.Item name="userId" label={t('person.user')} extra={t('person.userHint')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              aria-label={t('person.user')}
              options={(members.data?.items ?? []).map((m) => ({
                value: m.userId,
                label: `${m.name} · ${m.email}`,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="managerId" label={t('person.manager')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={(people.data?.items ?? [])
              .filter((p) => p.id !== person?.id)
              .map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="email"
            label={t('auth.email')}
            rules={[{ type: 'email', message: t('form.email') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="location" label={t('person.location')}>
            <Input />
          </Form.Item>
          <Form.Item name="timeZone" label={t('person.timeZone')}>
            <Input placeholder="Asia/Shanghai" />
          </Form.Item>
        </Space>
        <LanguagesField placeholder="zh" />
        <Space wrap>
          <Form.Item name="startDate" label={t('person.startDate')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="endDate" label={t('person.endDate')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="hoursPerWeek" label={t('person.hoursPerWeek')}>
            <InputNumber min={1} max={80} />
          </Form.Item>
          <Form.Item name="partTimePercent" label={t('person.partTimePercent')}>
            <InputNumber min={1} max={100} suffix="%" />
          </Form.Item>
        </Space>
      </Form>
      <ProblemAlert error={save.error} />
    </FormDrawer>
  );
}
