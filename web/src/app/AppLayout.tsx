import { DownOutlined, GlobalOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Dropdown, Layout, Menu, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { TimeZoneContext } from '../components/DateTime';
import type { Locale } from '../i18n';
import { useSetLanguage } from '../modules/account/api';
import { NewWorkspaceButton } from '../modules/account/components/NewWorkspaceButton';
import { useMe, useResetSession } from '../modules/auth/api';
import { NotificationBell } from '../modules/notifications/NotificationBell';
import { GlobalSearch } from '../modules/search/GlobalSearch';
import { navigation } from './navigation';

/** Sidebar navigation, workspace switcher, language and user menu around every page. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const resetSession = useResetSession();
  const changeLanguage = useSetLanguage();
  if (!me) return null;

  const allowed = (permission?: string) =>
    !permission || me.permissions.includes(permission as never);
  const items = navigation
    .map((group) => ({
      type: 'group' as const,
      key: group.label,
      label: t(group.label),
      children: group.items
        .filter((item) => allowed(item.permission) && !(item.internal && me.party))
        .map((item) => ({ key: item.path, icon: item.icon, label: t(item.label) })),
    }))
    .filter((group) => group.children.length > 0);

  const switchWorkspace = async (workspaceId: string) => {
    await unwrap(api.POST('/api/v1/me/workspace', { body: { workspaceId } }));
    await resetSession();
    navigate('/');
  };

  const logout = async () => {
    await unwrap(api.POST('/api/v1/auth/logout'));
    await resetSession();
    navigate('/login');
  };

  return (
    <TimeZoneContext value={me.user.timeZone}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider theme="light" width={220} breakpoint="lg" collapsedWidth={0}>
          <Typography.Title level={4} style={{ margin: 16 }}>
            Pontis
          </Typography.Title>
          <Menu
            mode="inline"
            selectedKeys={[location.pathname]}
            items={items}
            onClick={(e) => navigate(e.key)}
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header
            style={{
              background: '#fff',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'space-between',
              paddingInline: 16,
            }}
          >
            <Space>
              <Select
                aria-label={t('layout.workspace')}
                style={{ minWidth: 220 }}
                value={me.workspace?.id}
                placeholder={t('layout.noWorkspace')}
                options={me.workspaces.map((w) => ({ value: w.id, label: w.name }))}
                onChange={switchWorkspace}
              />
              {!me.party && (
                <NewWorkspaceButton
                  me={me}
                  onCreated={async () => {
                    await resetSession();
                    navigate('/');
                  }}
                />
              )}
            </Space>
            <Space>
              <GlobalSearch />
              <NotificationBell />
              <Dropdown
                trigger={['click']}
                menu={{
                  selectedKeys: [me.user.locale],
                  items: [
                    { key: 'zh-CN', label: '简体中文' },
                    { key: 'en-US', label: 'English' },
                  ],
                  onClick: (e) => changeLanguage(e.key as Locale),
                }}
              >
                <Button icon={<GlobalOutlined />} data-testid="language-menu">
                  {me.user.locale === 'zh-CN' ? '简体中文' : 'English'}
                </Button>
              </Dropdown>
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: '/settings/profile', label: t('nav.profile') },
                    { key: '/settings/security', label: t('nav.security') },
                    { type: 'divider' },
                    { key: 'logout', icon: <LogoutOutlined />, label: t('layout.logout') },
                  ],
                  onClick: (e) => (e.key === 'logout' ? logout() : navigate(e.key)),
                }}
              >
                <Button data-testid="user-menu">
                  {me.user.name} <DownOutlined />
                </Button>
              </Dropdown>
            </Space>
          </Layout.Header>
          <Layout.Content style={{ padding: 24 }}>
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
    </TimeZoneContext>
  );
}
