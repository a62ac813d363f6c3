import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { usePipeline } from '../opportunities-api';

/** Per open stage: how many, and what they are worth weighted by probability, per currency. */
export function PipelineSummary({ clientId }: { clientId?: string }) {
  const { t } = useTranslation();
  const pipeline = usePipeline(clientId);
  const open = (pipeline.data?.stages ?? []).filter((s) => s.stage !== 'won' && s.stage !== 'lost');
  return (
    <Row gutter={12}>
      {open.map((s) => (
        <Col key={s.stage} xs={12} md={6}>
          <Card size="small">
            <Statistic title={t(`opportunity.stage.${s.stage}`)} value={s.count} />
            {s.totals.map((x) => (
              <Typography.Text key={x.currency} type="secondary" style={{ display: 'block' }}>
                {t('opportunity.weighted')}: <Money minor={x.weightedMinor} currency={x.currency} />
              </Typography.Text>
            ))}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
