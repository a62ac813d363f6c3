import { Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Money } from '../../../components/Money';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { type PnlFigure, type PnlSources, usePnlSources } from '../api';

export type OpenFigure = {
  from: string;
  to: string;
  projectId: string;
  project: string;
  figure: PnlFigure;
};

/**
 * The entries, milestones, periods, bills and expense lines one P&L figure of a project adds
 * up, with their total: the figure, traced to what produced it.
 */
export function PnlSourcesDrawer({
  open,
  onClose,
}: {
  open: OpenFigure | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const query = open && {
    from: open.from,
    to: open.to,
    projectId: open.projectId,
    figure: open.figure,
  };
  const sources = usePnlSources(query);
  const currency = sources.data?.currency ?? 'CNY';
  return (
    <Drawer
      open={open !== null}
      onClose={onClose}
      size="large"
      title={open && t('pnl.sources', { figure: t(`pnl.${open.figure}`), project: open.project })}
    >
      <ProblemAlert error={sources.error} />
      <Table<PnlSources['rows'][number]>
        rowKey={(r, i) => `${r.kind}-${r.day}-${r.label}-${i}`}
        size="small"
        loading={sources.isFetching}
        dataSource={sources.data?.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        columns={[
          { title: t('pnl.day'), dataIndex: 'day' },
          { title: t('pnl.kind'), dataIndex: 'kind', render: (k: string) => t(`pnl.kinds.${k}`) },
          { title: t('pnl.item'), dataIndex: 'label' },
          { title: t('pnl.hours'), dataIndex: 'hours', align: 'right' },
          {
            title: t('pnl.amount'),
            dataIndex: 'amountMinor',
            align: 'right',
            render: (v: number) => <Money minor={v} currency={currency} />,
          },
        ]}
        summary={() =>
          sources.data && (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={4}>
                <Typography.Text strong>{t('pnl.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                <strong>
                  <Money minor={sources.data.totalMinor} currency={currency} />
                </strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
    </Drawer>
  );
}
