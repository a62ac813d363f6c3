import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { commonCurrencies } from '../../../components/money';
import { type ImportFile, readImportFile } from '../../imports/api';
import { useBankMapping, useImportStatement } from '../banking-api';

type Values = {
  bankAccount: string;
  currency: string;
  date: string;
  amount: string;
  moneyOut?: string;
  reference?: string;
  counterparty?: string;
};

/**
 * Imports a bank's statement file: the account, its currency, and which column holds what,
 * filled in from the account's last import.
 */
export function StatementImport({
  onDone,
  onClose,
}: {
  onDone: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [file, setFile] = useState<(ImportFile & { name: string }) | null>(null);
  const bankAccount = Form.useWatch('bankAccount', form) ?? '';
  const saved = useBankMapping(bankAccount).data;
  const run = useImportStatement();
  useEffect(() => {
    if (saved) form.setFieldsValue(saved);
  }, [saved, form]);
  const column = (name: keyof Values, required = false) => (
    <Form.Item
      name={name}
      label={t(`bank.columns.${name}`)}
      rules={required ? [{ required: true, message: t('form.required') }] : []}
    >
      <Input style={{ width: 160 }} />
    </Form.Item>
  );
  return (
    <FormDialog
      title={t('bank.import')}
      form={form}
      pending={run.isPending}
      error={run.error}
      onClose={onClose}
      onFinish={async (v: Values) => {
        // The file's field below refuses to submit without one.
        if (!file) return;
        const done = await run.mutateAsync({
          bankAccount: v.bankAccount,
          currency: v.currency,
          format: file.format,
          content: file.content,
          fileName: file.name,
          mapping: {
            date: v.date,
            amount: v.amount,
            ...(v.moneyOut ? { moneyOut: v.moneyOut } : {}),
            ...(v.reference ? { reference: v.reference } : {}),
            ...(v.counterparty ? { counterparty: v.counterparty } : {}),
          },
        });
        onDone(done.id);
      }}
    >
      <Form.Item
        name="bankAccount"
        label={t('bank.account')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input placeholder={t('bank.accountExample')} />
      </Form.Item>
      <Form.Item name="currency" label={t('bank.currency')} initialValue="CNY">
        <Select
          style={{ width: 120 }}
          options={commonCurrencies.map((c) => ({ value: c, label: c }))}
        />
      </Form.Item>
      <Space wrap>
        {column('date', true)}
        {column('amount', true)}
        {column('moneyOut')}
        {column('reference')}
        {column('counterparty')}
      </Space>
      <Form.Item
        name="file"
        rules={[
          {
            validator: () =>
              file ? Promise.resolve() : Promise.reject(new Error(t('bank.chooseFile'))),
          },
        ]}
      >
        <Upload
          accept=".csv,.xlsx"
          maxCount={1}
          showUploadList={false}
          beforeUpload={async (f) => {
            setFile({ ...(await readImportFile(f)), name: f.name });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{file?.name ?? t('bank.chooseFile')}</Button>
        </Upload>
      </Form.Item>
    </FormDialog>
  );
}
