import { Alert, Button, InputNumber, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { type Contract, useContracts, useFlowDown, useLink, useLinks, useUnlink } from '../api';
import { ContractStatusTag } from './ContractStatusTag';
import { MarginPreviewTable } from './MarginPreviewTable';

/**
 * The other side of a contract: for a client contract, the supplier contracts that fulfil it,
 * with SLA flow-down and the margin preview; for a supplier contract, the client contracts it
 * serves.
 */
export function BackToBackCard({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const can = useHasPermission();
  const links = useLinks(contract.id);
  const link = useLink(contract.id);
  const unlink = useUnlink(contract.id);
  const flowDown = useFlowDown(contract.id);
  const [tighten, setTighten] = useState(25);
  const [choice, setChoice] = useState<string>();
  const isClient = contract.partyType === 'client';
  const editable = isClient && can('contracts:write');
  const candidates = useContracts({ partyType: 'supplier', limit: 200 }, editable);
  const linkedIds = new Set(links.data?.map((l) => l.id));
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      {editable && (
        <Space wrap>
          <Select
            showSearch
            allowClear
            aria-label={t('contract.linkSupplierContract')}
            placeholder={t('contract.linkSupplierContract')}
            optionFilterProp="label"
            style={{ width: 360 }}
            value={choice}
            onChange={setChoice}
            options={(candidates.data?.items ?? [])
              .filter((c) => !linkedIds.has(c.id))
              .map((c) => ({
                value: c.id,
                label: `${c.number} ${c.title} · ${c.counterparty.name}`,
              }))}
          />
          <Button
            disabled={!choice}
            loading={link.isPending}
            onClick={async () => {
              if (choice) await link.mutateAsync(choice);
              setChoice(undefined);
            }}
          >
            {t('contract.link')}
          </Button>
          <Typography.Text>{t('contract.tighten')}</Typography.Text>
          <InputNumber
            aria-label={t('contract.tighten')}
            min={0}
            max={90}
            value={tighten}
            onChange={(v) => setTighten(v ?? 0)}
            suffix="%"
            style={{ width: 90 }}
          />
        </Space>
      )}
      <ProblemAlert error={links.error ?? link.error ?? unlink.error ?? flowDown.error} />
      {flowDown.isSuccess && (
        <Alert
          type="success"
          showIcon
          message={t('contract.flowedDown', { count: flowDown.data.length })}
        />
      )}
      <Table<Contract>
        rowKey="id"
        size="small"
        loading={links.isFetching}
        dataSource={links.data}
        pagination={false}
        locale={{ emptyText: t('contract.noLinks') }}
        columns={[
          {
            title: t('client.number'),
            dataIndex: 'number',
            render: (n, c) => <Link to={`/contracts/${c.id}`}>{n}</Link>,
          },
          { title: t('contract.title'), dataIndex: 'title' },
          {
            title: t('contract.counterparty'),
            key: 'party',
            render: (_, c) => c.counterparty.name,
          },
          {
            title: t('client.statusLabel'),
            dataIndex: 'status',
            render: (s) => <ContractStatusTag status={s} />,
          },
          ...(editable
            ? [
                {
                  key: 'actions',
                  render: (_: unknown, c: Contract) => (
                    <Space>
                      <Button
                        size="small"
                        disabled={c.status !== 'draft'}
                        onClick={() =>
                          flowDown.mutate({ supplierContractId: c.id, tightenPercent: tighten })
                        }
                      >
                        {t('contract.flowDown')}
                      </Button>
                      <Popconfirm
                        title={t('contract.unlinkConfirm')}
                        onConfirm={() => unlink.mutate(c.id)}
                      >
                        <Button size="small" type="link" danger>
                          {t('contract.unlink')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {isClient && can('contracts:margin') && <MarginPreviewTable contractId={contract.id} />}
    </Space>
  );
}
