import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, type Schemas, unwrap } from '../../api/client';
import { DateTime } from '../../components/DateTime';

type Notice = Schemas['Notification'];

const key = ['notifications'] as const;

/** Unread notices, refreshed every minute while the app is open. */
function useNotifications() {
  return useQuery({
    queryKey: key,
    queryFn: () => unwrap(api.GET('/api/v1/notifications')),
    refetchInterval: 60_000,
  });
}

/** The bell in the header: reminders and approvals waiting; a click opens what it is about. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const notices = useNotifications();
  const [shown, setShown] = useState(false);
  const refresh = () => qc.invalidateQueries({ queryKey: key });
  const read = useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: refresh,
  });
  const readAll = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')),
    onSuccess: refresh,
  });
  // Opening a notice closes the list: what it is about takes the page.
  const open = (n: Notice) => {
    if (!n.readAt) read.mutate(n.id);
    setShown(false);
    if (n.link) navigate(n.link);
  };
  const content = (
    <div style={{ width: 380, maxHeight: 420, overflowY: 'auto' }}>
      {notices.data?.items.length ? (
        <List
          size="small"
          dataSource={notices.data.items}
          renderItem={(n) => (
            <List.Item
              style={{ cursor: 'pointer', opacity: n.readAt ? 0.6 : 1 }}
              onClick={() => open(n)}
            >
              <List.Item.Meta
                title={
                  <Typography.Text strong={!n.readAt}>
                    {t(`notification.kind.${n.kind}`, n.params)}
                  </Typography.Text>
                }
                description={<DateTime value={n.createdAt} />}
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty description={t('notification.none')} />
      )}
    </div>
  );
  return (
    <Popover
      trigger="click"
      open={shown}
      onOpenChange={setShown}
      placement="bottomRight"
      title={
        <span>
          {t('notification.title')}{' '}
          {Boolean(notices.data?.unread) && (
            <Button type="link" size="small" onClick={() => readAll.mutate()}>
              {t('notification.readAll')}
            </Button>
          )}
        </span>
      }
      content={content}
    >
      <Badge count={notices.data?.unread ?? 0} size="small">
        <Button
          icon={<BellOutlined />}
          aria-label={t('notification.title')}
          data-testid="notifications"
        />
      </Badge>
    </Popover>
  );
}
