import { Button, Card, Dropdown, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useHasPermission } from '../../auth/api';
import { type Opportunity, type Stage, stages, useMoveOpportunity } from '../opportunities-api';
import { LossReasonModal } from './LossReasonModal';
import { WonDialog } from './WonDialog';

type Move = { opportunity: Opportunity; stage: Stage };

/** One column per stage; drag a card to another column, or use its menu, to move it. */
export function OpportunityBoard({
  items,
  canWrite,
  onOpen,
}: {
  items: Opportunity[];
  canWrite: boolean;
  onOpen: (o: Opportunity) => void;
}) {
  const { t } = useTranslation();
  const move = useMoveOpportunity();
  const [askingReason, setAskingReason] = useState<Move | null>(null);
  const [over, setOver] = useState<Stage | null>(null);
  const [won, setWon] = useState<Opportunity | null>(null);
  const canDraftContract = useHasPermission()('contracts:write');

  const request = ({ opportunity, stage }: Move) => {
    if (stage === opportunity.stage) return;
    if (stage === 'lost') setAskingReason({ opportunity, stage });
    else
      move.mutate(
        { id: opportunity.id, version: opportunity.version, stage },
        { onSuccess: (o) => stage === 'won' && canDraftContract && setWon(o) },
      );
  };

  return (
    <>
      <ProblemAlert error={move.error} />
      <Flex gap={12} style={{ overflowX: 'auto', paddingBottom: 8 }}>
        {stages.map((stage) => {
          const cards = items.filter((o) => o.stage === stage);
          return (
            <section
              key={stage}
              aria-label={t(`opportunity.stage.${stage}`)}
              data-testid={`stage-${stage}`}
              onDragOver={(e) => {
                if (!canWrite) return;
                e.preventDefault();
                setOver(stage);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(e) => {
                setOver(null);
                const opportunity = items.find(
                  (o) => o.id === e.dataTransfer.getData('text/plain'),
                );
                if (opportunity) request({ opportunity, stage });
              }}
              style={{
                minWidth: 230,
                flex: 1,
                background: over === stage ? '#e6f0ff' : '#f5f6f8',
                borderRadius: 8,
                padding: 8,
              }}
            >
              <Typography.Text strong>
                {t(`opportunity.stage.${stage}`)} <Tag>{cards.length}</Tag>
              </Typography.Text>
              <Flex vertical gap={8} style={{ marginTop: 8 }}>
                {cards.map((o) => (
                  <Card
                    key={o.id}
                    size="small"
                    draggable={canWrite}
                    onDragStart={(e) => e.dataTransfer.setData('text/plain', o.id)}
                    title={
                      <Button
                        type="link"
                        size="small"
                        style={{ padding: 0, height: 'auto' }}
                        onClick={() => onOpen(o)}
                      >
                        {o.title}
                      </Button>
                    }
                    extra={
                      canWrite && (
                        <Dropdown
                          trigger={['click']}
                          menu={{
                            items: stages
                              .filter((s) => s !== o.stage)
                              .map((s) => ({ key: s, label: t(`opportunity.stage.${s}`) })),
                            onClick: (e) => request({ opportunity: o, stage: e.key as Stage }),
                          }}
                        >
                          <Button size="small" type="text" aria-label={t('opportunity.moveTo')}>
                            ⋯
                          </Button>
                        </Dropdown>
                      )
                    }
                  >
                    <Flex vertical gap={2}>
                      <Link to={`/clients/${o.client.id}`}>{o.client.name}</Link>
                      <Money minor={o.amountMinor} currency={o.currency} />
                      <Typography.Text type="secondary">
                        {o.number} · {o.probability}%
                        {o.expectedClose ? ` · ${o.expectedClose}` : ''}
                      </Typography.Text>
                      {o.lossReason && (
                        <Typography.Text type="danger">{o.lossReason}</Typography.Text>
                      )}
                    </Flex>
                  </Card>
                ))}
              </Flex>
            </section>
          );
        })}
      </Flex>
      {won && <WonDialog opportunity={won} onClose={() => setWon(null)} />}
      {askingReason && (
        <LossReasonModal
          onCancel={() => setAskingReason(null)}
          onOk={(lossReason) => {
            move.mutate({
              id: askingReason.opportunity.id,
              version: askingReason.opportunity.version,
              stage: 'lost',
              lossReason,
            });
            setAskingReason(null);
          }}
        />
      )}
    </>
  );
}
