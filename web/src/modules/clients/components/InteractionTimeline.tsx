import { Button, Card, Checkbox, Empty, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useContacts } from '../api';
import { useInteractions, useSaveInteraction } from '../interactions-api';
import { InteractionForm } from './InteractionForm';

/** The client's interactions, newest first, with their next steps to tick off. */
export function InteractionTimeline({
  clientId,
  canWrite,
}: {
  clientId: string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const interactions = useInteractions(clientId);
  const contacts = useContacts(clientId);
  const save = useSaveInteraction();
  const [adding, setAdding] = useState(false);
  const nameOf = (id: string) => contacts.data?.find((c) => c.id === id)?.name ?? '—';
  const items = interactions.data?.items ?? [];
  return (
    <Card
      extra={canWrite && <Button onClick={() => setAdding(true)}>{t('interaction.new')}</Button>}
    >
      <ProblemAlert error={interactions.error ?? save.error} />
      {items.length === 0 && !interactions.isPending && (
        <Empty description={t('interaction.none')} />
      )}
      <Timeline
        items={items.map((i) => ({
          key: i.id,
          children: (
            <div>
              <Typography.Text strong>{i.subject}</Typography.Text>{' '}
              <Tag>{t(`interaction.kind.${i.kind}`)}</Tag>
              <Typography.Text type="secondary">
                <DateTime value={i.occurredAt} /> · {i.owner?.name ?? '—'}
              </Typography.Text>
              {i.contactIds.length > 0 && <div>{i.contactIds.map(nameOf).join(', ')}</div>}
              {i.notes && (
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
                  {i.notes}
                </Typography.Paragraph>
              )}
              {i.nextStep && (
                <Checkbox
                  checked={i.nextStepDone}
                  disabled={!canWrite}
                  onChange={(e) =>
                    save.mutate({
                      clientId,
                      id: i.id,
                      version: i.version,
                      body: { nextStepDone: e.target.checked },
                    })
                  }
                >
                  {t('interaction.nextStep')}: {i.nextStep}
                  {i.nextStepDue ? ` (${i.nextStepDue})` : ''}
                </Checkbox>
              )}
            </div>
          ),
        }))}
      />
      {adding && <InteractionForm clientId={clientId} onClose={() => setAdding(false)} />}
    </Card>
  );
}
