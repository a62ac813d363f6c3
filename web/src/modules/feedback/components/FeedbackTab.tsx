import { Space } from 'antd';
import { useFeedbackTrend } from '../api';
import { ComplaintsCard } from './ComplaintsCard';
import { FeedbackTrendChart } from './FeedbackTrendChart';
import { SurveysCard } from './SurveysCard';

/** A client's satisfaction: the trend, the surveys sent, and complaints and praise. */
export function FeedbackTab({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const trend = useFeedbackTrend(clientId);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {trend.data && <FeedbackTrendChart trend={trend.data} />}
      <SurveysCard clientId={clientId} canWrite={canWrite} />
      <ComplaintsCard clientId={clientId} canWrite={canWrite} />
    </Space>
  );
}
