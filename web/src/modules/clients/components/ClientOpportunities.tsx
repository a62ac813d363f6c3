import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Opportunity, useOpportunities } from '../opportunities-api';
import { OpportunityForm } from './OpportunityForm';
import { OpportunityTable } from './OpportunityTable';
import { PipelineSummary } from './PipelineSummary';

/** The opportunities tab of a client's page. */
export function ClientOpportunities({
  clientId,
  canWrite,
}: {
  clientId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const opportunities = useOpportunities({ clientId, limit: 200 });
  const [editing, setEditing] = useState<Opportunity | 'new' | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <PipelineSummary clientId={clientId} />
      <Card
        extra={
          canWrite && <Button onClick={() => setEditing('new')}>{t('opportunity.new')}</Button>
        }
      >
        <ProblemAlert error={opportunities.error} />
        <OpportunityTable
          items={opportunities.data?.items ?? []}
          loading={opportunities.isFetching}
          onOpen={setEditing}
        />
      </Card>
      {editing && (
        <OpportunityForm
          opportunity={editing === 'new' ? null : editing}
          clientId={clientId}
          onClose={() => setEditing(null)}
        />
      )}
    </Space>
  );
}
