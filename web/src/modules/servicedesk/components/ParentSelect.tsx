import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Ticket, useTickets } from '../api';

/** Files a ticket under another open one (an outage's first incident), or takes it out. */
export function ParentSelect({
  ticket,
  onChange,
}: {
  ticket: Ticket;
  onChange: (parentId: string | null) => void;
}) {
  const { t } = useTranslation();
  const open = useTickets({ open: 'true' });
  const options = (open.data?.pages.flatMap((p) => p.items) ?? [])
    .filter((x) => x.id !== ticket.id && !x.parent)
    .map((x) => ({ value: x.id, label: `${x.number} ${x.title}` }));
  return (
    <Select
      size="small"
      allowClear
      showSearch
      optionFilterProp="label"
      style={{ width: 220 }}
      aria-label={t('ticket.parent')}
      placeholder={t('ticket.fileUnder')}
      value={ticket.parent?.id}
      options={options}
      onChange={(v: string | undefined) => onChange(v ?? null)}
    />
  );
}
