import { Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClients } from '../../clients/api';
import { useSuppliers } from '../../suppliers/api';
import { type Member, useUpdateMember } from '../api';

const portalParty = { client_portal: 'client', supplier_portal: 'supplier' } as const;

/**
 * A portal member sees nothing until bound to the client or supplier they belong to; this is
 * where an admin binds them. Internal members have nothing to bind.
 */
export function PartyBinding({ member, canWrite }: { member: Member; canWrite: boolean }) {
  const { t } = useTranslation();
  const type = portalParty[member.roleKey as keyof typeof portalParty];
  const update = useUpdateMember();
  const clients = useClients({ limit: 200 });
  const suppliers = useSuppliers({ limit: 200 });
  if (!type) return <Typography.Text type="secondary">—</Typography.Text>;
  const items = type === 'client' ? clients.data?.items : suppliers.data?.items;
  const bound = member.party?.type === type ? member.party.id : undefined;
  return (
    <Select
      aria-label={t('members.boundTo')}
      style={{ width: 220 }}
      showSearch
      optionFilterProp="label"
      status={bound ? undefined : 'warning'}
      placeholder={t(type === 'client' ? 'members.chooseClient' : 'members.chooseSupplier')}
      disabled={!canWrite}
      value={bound}
      options={(items ?? []).map((p) => ({ value: p.id, label: `${p.number} ${p.name}` }))}
      onChange={(id: string) =>
        update.mutate({ id: member.id, version: member.version, party: { type, id } })
      }
    />
  );
}
