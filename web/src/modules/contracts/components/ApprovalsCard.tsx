import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Contract, useApprovals } from '../api';

/** What the current review needs, and every decision taken on the contract, newest round first. */
export function ApprovalsCard({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const approvals = useApprovals(contract.id);
  const { review } = contract;
  const decisions = [...(approvals.data ?? [])].reverse();
  return (
    <>
      {review && review.round > 0 && (
        <Typography.Paragraph>
          {t('contract.needs', { count: review.approvalsRequired })}
          {review.financeRequired && ` ${t('contract.needsFinance')}`}
        </Typography.Paragraph>
      )}
      <ProblemAlert error={approvals.error} />
      <List
        loading={approvals.isFetching}
        dataSource={decisions}
        locale={{ emptyText: t('contract.noDecisions') }}
        renderItem={(a) => (
          <List.Item>
            <List.Item.Meta
              title={
                <>
                  {a.user.name}{' '}
                  <Tag color={a.decision === 'approved' ? 'green' : 'red'}>
                    {t(`contract.decision.${a.decision}`)}
                  </Tag>
                  {a.finance && <Tag>{t('contract.financeApprover')}</Tag>}
                  <Typography.Text type="secondary">
                    {t('contract.round', { round: a.round })}
                  </Typography.Text>
                </>
              }
              description={a.comment}
            />
            <DateTime value={a.createdAt} />
          </List.Item>
        )}
      />
    </>
  );
}
