import { Card, Flex, Select, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Locale, setLocale } from '../../../i18n';

/** The frame of every page a signed-out visitor sees, with a language choice. */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh', background: '#f3f5f8' }}>
      <Card style={{ width: 400 }}>
        <Flex justify="space-between" align="center">
          <Typography.Title level={3} style={{ margin: 0 }}>
            Pontis
          </Typography.Title>
          <Select
            size="small"
            value={i18n.language as Locale}
            onChange={(v: Locale) => setLocale(v)}
            options={[
              { value: 'zh-CN', label: '简体中文' },
              { value: 'en-US', label: 'English' },
            ]}
          />
        </Flex>
        <Typography.Title level={5}>{title}</Typography.Title>
        {children}
      </Card>
    </Flex>
  );
}
