import { Space } from 'antd';
import { ApiTokensCard } from '../components/ApiTokensCard';
import { PasswordCard } from '../components/PasswordCard';
import { SessionsCard } from '../components/SessionsCard';
import { TotpCard } from '../components/TotpCard';

export default function SecurityPage() {
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <PasswordCard />
      <TotpCard />
      <SessionsCard />
      <ApiTokensCard />
    </Space>
  );
}
