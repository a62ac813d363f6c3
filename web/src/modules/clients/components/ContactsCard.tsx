import { Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Contact, useArchiveContact, useContacts } from '../api';
import { ContactForm } from './ContactForm';

export function ContactsCard({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const contacts = useContacts(clientId);
  const archive = useArchiveContact(clientId);
  const [editing, setEditing] = useState<Contact | 'new' | null>(null);
  return (
    <Card extra={canWrite && <Button onClick={() => setEditing('new')}>{t('contact.new')}</Button>}>
      <ProblemAlert error={contacts.error ?? archive.error} />
      <Table
        rowKey="id"
        loading={contacts.isPending}
        dataSource={contacts.data}
        pagination={false}
        columns={[
          { title: t('contact.name'), dataIndex: 'name' },
          { title: t('contact.title'), dataIndex: 'title', render: (v) => v ?? '—' },
          {
            title: t('contact.relationshipLabel'),
            dataIndex: 'relationship',
            render: (r: Contact['relationship']) => <Tag>{t(`contact.relationship.${r}`)}</Tag>,
          },
          { title: t('auth.email'), dataIndex: 'email', render: (v) => v ?? '—' },
          { title: t('contact.phone'), dataIndex: 'phone', render: (v) => v ?? '—' },
          {
            key: 'actions',
            render: (_, c) =>
              canWrite && (
                <Space>
                  <Button size="small" onClick={() => setEditing(c)}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('common.confirmDelete')}
                    onConfirm={() => archive.mutate({ contactId: c.id, version: c.version })}
                  >
                    <Button size="small" danger>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {editing && (
        <ContactForm
          clientId={clientId}
          contact={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
