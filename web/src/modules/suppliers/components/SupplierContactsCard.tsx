import { Button, Card, Form, Input, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { deleteColumn } from '../../../components/DeleteButton';
import { orNull } from '../../../components/form-values';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  type SupplierContact,
  supplierContactRoles,
  useChangeSupplierContacts,
  useSupplierContacts,
} from '../api';

/** The people at the supplier; the supplier's portal users keep them current too. */
export function SupplierContactsCard({
  supplierId,
  editable,
}: {
  supplierId: string;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const contacts = useSupplierContacts(supplierId);
  const { add, remove } = useChangeSupplierContacts(supplierId);
  const [form] = Form.useForm();
  return (
    <Card title={t('supplierContact.title')}>
      {editable && (
        <Form
          form={form}
          name={`supplier-contact-${supplierId}`}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          initialValues={{ role: 'account' }}
          onFinish={async (v) => {
            await add.mutateAsync({
              name: v.name,
              title: orNull(v.title),
              email: orNull(v.email),
              phone: orNull(v.phone),
              role: v.role,
            });
            form.resetFields();
          }}
        >
          <Form.Item name="name" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('qualification.name')} aria-label={t('supplierContact.name')} />
          </Form.Item>
          <Form.Item name="title">
            <Input placeholder={t('contact.title')} />
          </Form.Item>
          <Form.Item name="email" rules={[{ type: 'email', message: t('form.required') }]}>
            <Input placeholder={t('auth.email')} />
          </Form.Item>
          <Form.Item name="phone">
            <Input placeholder={t('contact.phone')} />
          </Form.Item>
          <Form.Item name="role">
            <Select
              style={{ width: 130 }}
              options={supplierContactRoles.map((r) => ({
                value: r,
                label: t(`supplierContact.role.${r}`),
              }))}
            />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('supplierContact.add')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={contacts.error ?? add.error ?? remove.error} />
      <Table<SupplierContact>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={contacts.data}
        columns={[
          { title: t('qualification.name'), dataIndex: 'name' },
          { title: t('contact.title'), dataIndex: 'title', render: (v) => v ?? '—' },
          { title: t('auth.email'), dataIndex: 'email', render: (v) => v ?? '—' },
          { title: t('contact.phone'), dataIndex: 'phone', render: (v) => v ?? '—' },
          {
            title: t('supplierContact.roleLabel'),
            dataIndex: 'role',
            render: (r) => t(`supplierContact.role.${r}`),
          },
          ...deleteColumn<SupplierContact>(editable, (id) => remove.mutate(id)),
        ]}
      />
    </Card>
  );
}
