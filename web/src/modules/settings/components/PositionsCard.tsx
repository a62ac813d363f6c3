import { Button, Form, Input, Switch, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type Position, useAddPosition, usePositions, useUpdatePosition } from '../positions-api';

/**
 * The positions catalogue: what rate cards price, and bookings, staffing requests and people
 * name. Names are edited in place; a retired position leaves the pickers but stays on records.
 */
export function PositionsCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const positions = usePositions(true);
  const add = useAddPosition();
  const update = useUpdatePosition();
  const [form] = Form.useForm();
  const rename = (p: Position, field: 'nameZh' | 'nameEn') =>
    editable
      ? {
          onChange: (value: string) => {
            if (value.trim() && value !== p[field]) {
              update.mutate({ id: p.id, version: p.version, [field]: value.trim() });
            }
          },
        }
      : false;
  return (
    <>
      {editable && (
        <Form
          form={form}
          layout="inline"
          style={{ marginBottom: 12, rowGap: 8 }}
          onFinish={async (v: { nameZh: string; nameEn: string }) => {
            await add.mutateAsync(v);
            form.resetFields();
          }}
        >
          <Form.Item name="nameZh" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('position.nameZh')} aria-label={t('position.nameZh')} />
          </Form.Item>
          <Form.Item name="nameEn" rules={[{ required: true, message: t('form.required') }]}>
            <Input placeholder={t('position.nameEn')} aria-label={t('position.nameEn')} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('position.add')}
          </Button>
        </Form>
      )}
      <ProblemAlert error={positions.error ?? add.error ?? update.error} />
      <Table<Position>
        rowKey="id"
        size="small"
        pagination={false}
        loading={positions.isFetching}
        dataSource={positions.data}
        columns={[
          {
            title: t('position.nameZh'),
            key: 'nameZh',
            render: (_, p) => (
              <Typography.Text editable={rename(p, 'nameZh')}>{p.nameZh}</Typography.Text>
            ),
          },
          {
            title: t('position.nameEn'),
            key: 'nameEn',
            render: (_, p) => (
              <Typography.Text editable={rename(p, 'nameEn')}>{p.nameEn}</Typography.Text>
            ),
          },
          {
            title: t('position.active'),
            key: 'active',
            render: (_, p) => (
              <Switch
                size="small"
                checked={p.active}
                disabled={!editable}
                aria-label={t('position.active')}
                onChange={(active) => update.mutate({ id: p.id, version: p.version, active })}
              />
            ),
          },
        ]}
      />
    </>
  );
}
