import { UploadOutlined } from '@ant-design/icons';
import {
  Button,
  DatePicker,
  Form,
  Input,
  Popconfirm,
  Radio,
  Select,
  Space,
  Upload,
  type UploadFile,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormDialog } from '../../../components/FormDialog';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { useChangeDocuments } from '../../documents/api';
import {
  type Contract,
  contractPath,
  type Decision,
  useDecideContract,
  useRenewContract,
  useSignContract,
  useSubmitContract,
  useTerminateContract,
  useWithdrawContract,
} from '../api';
import { AmendmentForm } from './AmendmentForm';
import { ContractForm } from './ContractForm';

type Dialog = 'edit' | 'decide' | 'sign' | 'amend' | 'terminate' | 'renew' | null;

/** The buttons for what the contract's status allows and the user may do, with their dialogs. */
export function ContractActions({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const can = useHasPermission();
  const [dialog, setDialog] = useState<Dialog>(null);
  const submit = useSubmitContract();
  const withdraw = useWithdrawContract();
  const key = { id: contract.id, version: contract.version };
  const has = (a: NonNullable<Contract['actions']>[number]) => (contract.actions ?? []).includes(a);
  const write = can('contracts:write');
  const close = () => setDialog(null);
  return (
    <>
      <Space wrap>
        {write && has('edit') && (
          <Button onClick={() => setDialog('edit')}>{t('common.edit')}</Button>
        )}
        {write && has('submit') && (
          <Button type="primary" loading={submit.isPending} onClick={() => submit.mutate(key)}>
            {t('contract.submit')}
          </Button>
        )}
        {can('contracts:approve') && has('decide') && (
          <Button type="primary" onClick={() => setDialog('decide')}>
            {t('contract.decide')}
          </Button>
        )}
        {write && has('sign') && (
          <Button type="primary" onClick={() => setDialog('sign')}>
            {t('contract.sign')}
          </Button>
        )}
        {write && has('withdraw') && (
          <Popconfirm title={t('contract.withdrawConfirm')} onConfirm={() => withdraw.mutate(key)}>
            <Button>{t('contract.withdraw')}</Button>
          </Popconfirm>
        )}
        {write && has('amend') && (
          <Button onClick={() => setDialog('amend')}>{t('amendment.new')}</Button>
        )}
        {write && has('renew') && (
          <Button onClick={() => setDialog('renew')}>{t('contract.renew')}</Button>
        )}
        {write && has('terminate') && (
          <Button danger onClick={() => setDialog('terminate')}>
            {t('contract.terminate')}
          </Button>
        )}
      </Space>
      <ProblemAlert error={submit.error ?? withdraw.error} />
      {dialog === 'edit' && <ContractForm contract={contract} onClose={close} />}
      {dialog === 'decide' && <ContractDecisionDialog contract={contract} onClose={close} />}
      {dialog === 'sign' && <SignDialog contract={contract} onClose={close} />}
      {dialog === 'amend' && <AmendmentForm contract={contract} onClose={close} />}
      {dialog === 'terminate' && <TerminateDialog contract={contract} onClose={close} />}
      {dialog === 'renew' && <RenewDialog contract={contract} onClose={close} />}
    </>
  );
}

type DialogProps = { contract: Contract; onClose: () => void };

/** Approve, or reject with a comment, whatever is being reviewed. */
export function DecisionDialog({
  onDecide,
  pending,
  error,
  onClose,
}: {
  onDecide: (d: Decision) => Promise<unknown>;
  pending: boolean;
  error: unknown;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const rejecting = Form.useWatch('decision', form) === 'rejected';
  return (
    <FormDialog
      title={t('contract.decide')}
      form={form}
      pending={pending}
      error={error}
      onClose={onClose}
      onFinish={onDecide}
    >
      <Form.Item name="decision" initialValue="approved">
        <Radio.Group
          options={[
            { value: 'approved', label: t('contract.approve') },
            { value: 'rejected', label: t('contract.reject') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="comment"
        label={t('contract.comment')}
        rules={[{ required: rejecting, message: t('form.required') }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormDialog>
  );
}

function ContractDecisionDialog({ contract, onClose }: DialogProps) {
  const decide = useDecideContract();
  return (
    <DecisionDialog
      pending={decide.isPending}
      error={decide.error}
      onClose={onClose}
      onDecide={(d) => decide.mutateAsync({ id: contract.id, version: contract.version, ...d })}
    />
  );
}

function SignDialog({ contract, onClose }: DialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const sign = useSignContract();
  const { add: attach } = useChangeDocuments(contractPath(contract.id));
  return (
    <FormDialog
      title={t('contract.sign')}
      form={form}
      pending={sign.isPending || attach.isPending}
      error={sign.error ?? attach.error}
      onClose={onClose}
      onFinish={async (v: {
        signedOn: dayjs.Dayjs;
        signatories: { name: string; title?: string; side: 'us' | 'counterparty' }[];
        signedCopy?: UploadFile[];
      }) => {
        await sign.mutateAsync({
          id: contract.id,
          body: {
            version: contract.version,
            signedOn: v.signedOn.format('YYYY-MM-DD'),
            signatories: v.signatories.map((s) => ({ ...s, title: s.title || null })),
          },
        });
        const file = v.signedCopy?.[0]?.originFileObj;
        if (file) await attach.mutateAsync({ file, category: 'signed' });
      }}
    >
      <Form.Item
        name="signedOn"
        label={t('contract.signedOn')}
        initialValue={dayjs()}
        rules={[{ required: true }]}
      >
        <DatePicker aria-label={t('contract.signedOn')} />
      </Form.Item>
      <Form.List
        name="signatories"
        initialValue={[
          { side: 'counterparty', name: '' },
          { side: 'us', name: '' },
        ]}
      >
        {(fields) =>
          fields.map((f) => (
            <Space key={f.key} align="baseline" wrap>
              <Form.Item name={[f.name, 'side']}>
                <Select
                  style={{ width: 130 }}
                  options={[
                    { value: 'counterparty', label: t('contract.counterparty') },
                    { value: 'us', label: t('contract.us') },
                  ]}
                />
              </Form.Item>
              <Form.Item
                name={[f.name, 'name']}
                rules={[{ required: true, message: t('form.required') }]}
              >
                <Input
                  placeholder={t('contract.signatoryName')}
                  aria-label={t('contract.signatoryName')}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'title']}>
                <Input placeholder={t('contract.signatoryTitle')} />
              </Form.Item>
            </Space>
          ))
        }
      </Form.List>
      <Form.Item
        name="signedCopy"
        label={t('document.attachSigned')}
        valuePropName="fileList"
        getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
      >
        <Upload beforeUpload={() => false} maxCount={1}>
          <Button icon={<UploadOutlined />}>{t('document.upload')}</Button>
        </Upload>
      </Form.Item>
    </FormDialog>
  );
}

function TerminateDialog({ contract, onClose }: DialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const terminate = useTerminateContract();
  return (
    <FormDialog
      title={t('contract.terminate')}
      form={form}
      pending={terminate.isPending}
      error={terminate.error}
      onClose={onClose}
      onFinish={(v: { reason: string }) =>
        terminate.mutateAsync({ id: contract.id, version: contract.version, reason: v.reason })
      }
    >
      <Form.Item
        name="reason"
        label={t('supplier.reason')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormDialog>
  );
}

function RenewDialog({ contract, onClose }: DialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const renew = useRenewContract();
  const navigate = useNavigate();
  return (
    <FormDialog
      title={t('contract.renew')}
      form={form}
      pending={renew.isPending}
      error={renew.error}
      onClose={onClose}
      onFinish={async (v: { endDate: dayjs.Dayjs }) => {
        const next = await renew.mutateAsync({
          id: contract.id,
          version: contract.version,
          endDate: v.endDate.format('YYYY-MM-DD'),
        });
        navigate(`/contracts/${next.id}`);
      }}
    >
      <Form.Item
        name="endDate"
        label={t('contract.renewalEnds')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <DatePicker />
      </Form.Item>
    </FormDialog>
  );
}
