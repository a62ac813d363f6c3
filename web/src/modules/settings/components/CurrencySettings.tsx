import { Button, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { commonCurrencies } from '../../../components/money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { useSaveSettings, useSettings } from '../api';

/**
 * Base currency (fixed once a contract has locked a rate to it), the margin floor, and the SPI
 * and CPI below which a project raises an alert.
 */
export function CurrencySettings({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const save = useSaveSettings();
  if (!settings.data) return <ProblemAlert error={settings.error} />;
  const s = settings.data;
  return (
    <Form
      layout="inline"
      initialValues={s}
      disabled={!editable}
      onFinish={(v) =>
        save.mutate({
          baseCurrency: v.baseCurrency,
          marginFloorPercent: v.marginFloorPercent,
          spiAlertPercent: v.spiAlertPercent,
          cpiAlertPercent: v.cpiAlertPercent,
        })
      }
    >
      <Form.Item
        name="baseCurrency"
        label={t('settings.baseCurrency')}
        extra={s.baseCurrencyLocked ? t('settings.baseCurrencyLocked') : undefined}
      >
        <Select
          showSearch
          disabled={s.baseCurrencyLocked || !editable}
          style={{ width: 110 }}
          options={commonCurrencies.map((c) => ({ value: c, label: c }))}
        />
      </Form.Item>
      <Form.Item name="marginFloorPercent" label={t('settings.marginFloor')}>
        <InputNumber min={0} max={100} suffix="%" style={{ width: 100 }} />
      </Form.Item>
      <Form.Item name="spiAlertPercent" label={t('settings.spiAlert')}>
        <InputNumber min={1} max={200} suffix="%" style={{ width: 100 }} />
      </Form.Item>
      <Form.Item name="cpiAlertPercent" label={t('settings.cpiAlert')}>
        <InputNumber min={1} max={200} suffix="%" style={{ width: 100 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('common.save')}
      </Button>
      <ProblemAlert error={save.error} />
    </Form>
  );
}
