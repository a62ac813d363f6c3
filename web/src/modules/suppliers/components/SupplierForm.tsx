import { Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDrawer } from '../../../components/FormDrawer';
import { orNull } from '../../../components/form-values';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { riskTiers, type Supplier, useSaveSupplier } from '../api';

const labelList = (label: string) => (
  <Select mode="tags" tokenSeparators={[',']} aria-label={label} />
);

/** Registers a supplier, or edits one. Bank fields appear only with suppliers:bank. */
export function SupplierForm({
  supplier,
  onClose,
  onSaved,
}: {
  supplier: Supplier | null;
  onClose: () => void;
  onSaved?: (s: Supplier) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useSaveSupplier();
  const canBank = useHasPermission()('suppliers:bank');
  return (
    <FormDrawer
      title={supplier ? `${supplier.number} ${supplier.name}` : t('supplier.new')}
      form={form}
      saving={save.isPending}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          ...supplier,
          categories: supplier?.categories ?? [],
          skills: supplier?.skills ?? [],
          regions: supplier?.regions ?? [],
          languages: supplier?.languages ?? [],
          bankName: supplier?.bank?.name,
          bankAccount: supplier?.bank?.account,
          bankSwift: supplier?.bank?.swift,
        }}
        onFinish={async (v) => {
          const body = {
            name: v.name,
            legalName: orNull(v.legalName),
            country: orNull(v.country)?.toUpperCase() ?? null,
            website: orNull(v.website),
            email: orNull(v.email),
            phone: orNull(v.phone),
            taxId: orNull(v.taxId),
            riskTier: v.riskTier ?? null,
            categories: v.categories ?? [],
            skills: v.skills ?? [],
            regions: v.regions ?? [],
            languages: v.languages ?? [],
            ...(canBank
              ? {
                  bankName: orNull(v.bankName),
                  bankAccount: orNull(v.bankAccount),
                  bankSwift: orNull(v.bankSwift)?.toUpperCase() ?? null,
                }
              : {}),
          };
          const saved = await save.mutateAsync({
            body,
            ...(supplier ? { id: supplier.id, version: supplier.version } : {}),
          });
          onSaved?.(saved);
          onClose();
        }}
      >
        <Form.Item
          name="name"
          label={t('supplier.name')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="legalName" label={t('client.legalName')}>
          <Input />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="country"
            label={t('client.country')}
            rules={[{ pattern: /^[A-Za-z]{2}$/, message: t('client.countryHint') }]}
          >
            <Input style={{ width: 100 }} maxLength={2} placeholder="CN" />
          </Form.Item>
          <Form.Item name="riskTier" label={t('supplier.riskTierLabel')}>
            <Select
              allowClear
              style={{ width: 160 }}
              options={riskTiers.map((r) => ({ value: r, label: t(`supplier.riskTier.${r}`) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="categories" label={t('supplier.categories')}>
          {labelList(t('supplier.categories'))}
        </Form.Item>
        <Form.Item name="skills" label={t('supplier.skills')}>
          {labelList(t('supplier.skills'))}
        </Form.Item>
        <Form.Item name="regions" label={t('supplier.regions')}>
          {labelList(t('supplier.regions'))}
        </Form.Item>
        <Form.Item name="languages" label={t('supplier.languages')}>
          {labelList(t('supplier.languages'))}
        </Form.Item>
        <Form.Item
          name="website"
          label={t('supplier.website')}
          rules={[{ type: 'url', message: t('supplier.urlHint') }]}
        >
          <Input placeholder="https://" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('auth.email')}
          rules={[{ type: 'email', message: t('form.email') }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('contact.phone')}>
          <Input />
        </Form.Item>
        <Form.Item name="taxId" label={t('client.taxId')}>
          <Input />
        </Form.Item>
        {canBank && (
          <>
            <Form.Item name="bankName" label={t('supplier.bankName')}>
              <Input />
            </Form.Item>
            <Form.Item name="bankAccount" label={t('supplier.bankAccount')}>
              <Input />
            </Form.Item>
            <Form.Item name="bankSwift" label="SWIFT/BIC">
              <Input style={{ width: 200 }} />
            </Form.Item>
          </>
        )}
      </Form>
      <ProblemAlert error={save.error} />
    </FormDrawer>
  );
}
