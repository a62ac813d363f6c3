import { Button, Card, Input, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { OpportunityBoard } from '../components/OpportunityBoard';
import { OpportunityForm } from '../components/OpportunityForm';
import { OpportunityTable } from '../components/OpportunityTable';
import { PipelineSummary } from '../components/PipelineSummary';
import { type Opportunity, useOpportunities } from '../opportunities-api';

export default function OpportunitiesPage() {
  const { t } = useTranslation();
  const canWrite = useHasPermission()('opportunities:write');
  const [view, setView] = useState<'board' | 'list'>('board');
  const [q, setQ] = useState<string | undefined>();
  const [editing, setEditing] = useState<Opportunity | 'new' | null>(null);
  const opportunities = useOpportunities({ limit: 200, ...(q ? { q } : {}) });
  const items = opportunities.data?.items ?? [];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <PipelineSummary />
      <Card
        title={t('nav.opportunities')}
        extra={
          <Space>
            <Segmented
              value={view}
              onChange={(v) => setView(v as 'board' | 'list')}
              options={[
                { value: 'board', label: t('opportunity.board') },
                { value: 'list', label: t('opportunity.list') },
              ]}
            />
            {canWrite && (
              <Button type="primary" onClick={() => setEditing('new')}>
                {t('opportunity.new')}
              </Button>
            )}
          </Space>
        }
      >
        <Input.Search
          allowClear
          placeholder={t('opportunity.search')}
          onSearch={(v) => setQ(v || undefined)}
          style={{ width: 260, marginBottom: 12 }}
        />
        <ProblemAlert error={opportunities.error} />
        {view === 'board' ? (
          <OpportunityBoard items={items} canWrite={canWrite} onOpen={setEditing} />
        ) : (
          <OpportunityTable items={items} loading={opportunities.isFetching} onOpen={setEditing} />
        )}
      </Card>
      {editing && (
        <OpportunityForm
          opportunity={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Space>
  );
}
