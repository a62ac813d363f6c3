import { Card, List, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNextSteps } from '../interactions-api';

/** What the user has promised clients next, soonest first; overdue ones in red. */
export function MyNextSteps({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const steps = useNextSteps(userId);
  const today = dayjs().format('YYYY-MM-DD');
  return (
    <Card title={t('interaction.myNextSteps')}>
      <List
        loading={steps.isPending}
        locale={{ emptyText: t('interaction.noNextSteps') }}
        dataSource={steps.data?.items ?? []}
        renderItem={(i) => (
          <List.Item>
            <List.Item.Meta
              title={<Link to={`/clients/${i.client.id}`}>{i.client.name}</Link>}
              description={
                <Typography.Text
                  type={i.nextStepDue && i.nextStepDue < today ? 'danger' : undefined}
                >
                  {i.nextStep}
                  {i.nextStepDue ? ` · ${i.nextStepDue}` : ''}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
