import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { orNull } from '../../../components/form-values';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Supplier, useSaveSupplierProfile } from '../api';

const labels = <Select mode="tags" tokenSeparators={[',']} />;

/** What a supplier keeps up to date itself: contact details and capabilities. */
export function SupplierProfileForm({
  supplier,
  onClose,
}: {
  supplier: Supplier;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useSaveSupplierProfile();
  return (
    <Modal
      open
      title={t('supplier.editProfile')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={supplier}
        onFinish={async (v) => {
          await save.mutateAsync({
            id: supplier.id,
            body: {
              version: supplier.version,
              website: orNull(v.website),
              email: orNull(v.email),
              phone: orNull(v.phone),
              categories: v.categories ?? [],
              skills: v.skills ?? [],
              regions: v.regions ?? [],
              languages: v.languages ?? [],
            },
          });
          onClose();
        }}
      >
        <Form.Item name="categories" label={t('supplier.categories')}>
          {labels}
        </Form.Item>
        <Form.Item name="skills" label={t('supplier.skills')}>
          {labels}
        </Form.Item>
        <Form.Item name="regions" label={t('supplier.regions')}>
          {labels}
        </Form.Item>
        <Form.Item name="languages" label={t('supplier.languages')}>
          {labels}
        </Form.Item>
        <Form.Item
          name="website"
          label={t('supplier.website')}
          rules={[{ type: 'url', message: t('supplier.urlHint') }]}
        >
          <Input />
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
      </Form>
      <ProblemAlert error={save.error} />
    </Modal>
  );
}
