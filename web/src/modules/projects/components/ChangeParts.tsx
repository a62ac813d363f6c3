import { Button, Space, type TableColumnsType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { ReasonButton } from '../../../components/ReasonButton';
import { type ChangeDecision, changeColor, type PortalChangeRequest } from '../changes-api';

/** What a change does to the plan: the new end and the budget's rise or fall. */
export function ChangeImpact({ change }: { change: PortalChangeRequest }) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={0}>
      {change.endDate && <span>{t('project.change.newEnd', { day: change.endDate })}</span>}
      {change.budgetDeltaMinor !== 0 && (
        <span>
          {change.budgetDeltaMinor > 0 ? '+' : '−'}
          <Money minor={Math.abs(change.budgetDeltaMinor)} currency={change.currency} />
        </span>
      )}
      {!change.endDate && change.budgetDeltaMinor === 0 && t('project.change.scopeOnly')}
    </Space>
  );
}

export function ChangeStatus({ change }: { change: PortalChangeRequest }) {
  const { t } = useTranslation();
  return (
    <Tag color={changeColor[change.status]}>{t(`project.change.status.${change.status}`)}</Tag>
  );
}

/** Approve at once, or reject with a comment: for our review and for the client's. */
export function DecideButtons({
  change,
  busy,
  decide,
}: {
  change: PortalChangeRequest;
  busy: boolean;
  decide: (d: ChangeDecision) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const base = { id: change.id, version: change.version };
  return (
    <Space>
      <Button
        size="small"
        type="primary"
        loading={busy}
        onClick={() => decide({ ...base, decision: 'approved' })}
      >
        {t('project.change.approve')}
      </Button>
      <ReasonButton
        danger
        label={t('portal.reject')}
        title={t('project.change.rejectTitle')}
        field={t('portal.comment')}
        onConfirm={(comment) => decide({ ...base, decision: 'rejected', comment })}
      />
    </Space>
  );
}

/** The columns a change shows wherever it is listed: its number, title, impact and status. */
export function useChangeColumns<C extends PortalChangeRequest>(): TableColumnsType<C> {
  const { t } = useTranslation();
  return [
    { title: '#', dataIndex: 'seq', render: (seq) => `CR-${seq}` },
    { title: t('project.change.title'), dataIndex: 'title' },
    {
      title: t('project.change.impact'),
      key: 'impact',
      render: (_, c) => <ChangeImpact change={c} />,
    },
    {
      title: t('client.statusLabel'),
      key: 'status',
      render: (_, c) => <ChangeStatus change={c} />,
    },
  ];
}
