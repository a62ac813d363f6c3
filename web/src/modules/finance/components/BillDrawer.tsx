import { Button, Descriptions, Drawer, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { percentOf } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ReasonButton } from '../../../components/ReasonButton';
import { useHasPermission, useMe } from '../../auth/api';
import { DocumentsCard } from '../../documents/DocumentsCard';
import { billDocumentCategories, billPath, useBill, useDecideBill } from '../payables-api';
import { BillLines } from './BillLines';

/**
 * One supplier bill for finance: its match line by line, approval (with a reason where a line
 * is off its match) or rejection, what holds it from payment, and its files.
 */
export function BillDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const bill = useBill(id);
  const decide = useDecideBill();
  const can = useHasPermission();
  const baseCurrency = useMe().data?.workspace?.baseCurrency ?? 'CNY';
  const [reason, setReason] = useState<string | null>(null);
  const b = bill.data;
  const approve = (why?: string) =>
    b &&
    decide.mutateAsync({
      id: b.id,
      decision: 'approve',
      version: b.version,
      ...(why ? { reason: why } : {}),
    });
  return (
    <Drawer
      open
      size="large"
      title={b ? `${b.number} · ${b.supplier.name} · ${b.supplierReference}` : ''}
      onClose={onClose}
      extra={
        b?.status === 'received' &&
        can('finance:approve') && (
          <Space>
            <Button type="primary" onClick={() => (b.needsReason ? setReason('') : approve())}>
              {t('bill.approve')}
            </Button>
            <ReasonButton
              danger
              label={t('bill.reject')}
              title={t('bill.rejectTitle')}
              onConfirm={(why) =>
                decide.mutateAsync({
                  id: b.id,
                  decision: 'reject',
                  version: b.version,
                  reason: why,
                })
              }
            />
          </Space>
        )
      }
    >
      <ProblemAlert error={bill.error ?? decide.error} />
      {b && (
        <>
          <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('bill.status')}>
              <Tag>{t(`bill.statuses.${b.status}`)}</Tag>
              <Tag>{t(`bill.sources.${b.source}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('bill.contract')}>{b.contract.number}</Descriptions.Item>
            <Descriptions.Item label={t('bill.billDate')}>{b.billDate}</Descriptions.Item>
            <Descriptions.Item label={t('bill.dueDate')}>{b.dueDate}</Descriptions.Item>
            <Descriptions.Item label={t('bill.period')}>
              {b.periodFrom} – {b.periodTo}
            </Descriptions.Item>
            <Descriptions.Item label={t('bill.release')}>
              {t(`contract.paymentReleases.${b.paymentRelease}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('bill.total')}>
              <Money minor={b.totalMinor} currency={b.currency} /> ({t('bill.tax')}{' '}
              <Money minor={b.taxMinor} currency={b.currency} />)
            </Descriptions.Item>
            {b.baseTotalMinor !== null && (
              <Descriptions.Item label={t('invoice.inBase')}>
                <Money minor={b.baseTotalMinor} currency={baseCurrency} /> (
                {t('invoice.atRate', { rate: b.fxRate })})
              </Descriptions.Item>
            )}
            <Descriptions.Item
              label={t('bill.tolerance')}
            >{`${percentOf(b.tolerance)}%`}</Descriptions.Item>
            {b.decisionReason && (
              <Descriptions.Item label={t('bill.reason')}>{b.decisionReason}</Descriptions.Item>
            )}
            {b.paymentRun && (
              <Descriptions.Item label={t('bill.paymentRun')}>
                {b.paymentRun.number} {b.paidOn ?? ''}
              </Descriptions.Item>
            )}
          </Descriptions>
          <BillLines bill={b} />
          <DocumentsCard
            basePath={billPath(b.id)}
            categories={billDocumentCategories}
            canWrite={can('finance:write')}
          />
          <Modal
            open={reason !== null}
            title={t('bill.approveWithReason')}
            okText={t('bill.approve')}
            cancelText={t('common.cancel')}
            okButtonProps={{ disabled: !reason?.trim() }}
            onCancel={() => setReason(null)}
            onOk={async () => {
              await approve(reason?.trim());
              setReason(null);
            }}
          >
            <p>{t('bill.offMatch')}</p>
            <Input.TextArea
              aria-label={t('bill.reason')}
              value={reason ?? ''}
              onChange={(e) => setReason(e.target.value)}
            />
          </Modal>
        </>
      )}
    </Drawer>
  );
}
