import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/api';
import { MyNextSteps } from '../clients/components/MyNextSteps';

export default function HomePage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <>
      <Typography.Title level={3}>{t('home.welcome', { name: me.user.name })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title={t('layout.workspace')} value={me.workspace?.name ?? '—'} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title={t('home.baseCurrency')} value={me.workspace?.baseCurrency ?? '—'} />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title={t('home.permissions')} value={me.permissions.length} />
            <Link to="/settings/security">{t('nav.security')}</Link>
          </Card>
        </Col>
      </Row>
      {me.permissions.includes('clients:read') && !me.party && (
        <div style={{ marginTop: 16 }}>
          <MyNextSteps userId={me.user.id} />
        </div>
      )}
    </>
  );
}
