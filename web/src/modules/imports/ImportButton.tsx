import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Segmented, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import {
  type ImportFile,
  type ImportKind,
  type ImportPreview,
  readImportFile,
  usePreviewImport,
  useRunImport,
} from './api';

type Row = ImportPreview['rows'][number];

/**
 * Import from CSV or Excel: choose a file, see every row with its errors, then import all
 * (only when none has an error) or only the valid rows.
 */
export function ImportButton({ kinds }: { kinds: ImportKind[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)}>
        {t('import.button')}
      </Button>
      {open && <ImportDialog kinds={kinds} onClose={() => setOpen(false)} />}
    </>
  );
}

function ImportDialog({ kinds, onClose }: { kinds: ImportKind[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>(kinds[0] as ImportKind);
  const [file, setFile] = useState<ImportFile | null>(null);
  const preview = usePreviewImport();
  const run = useRunImport();
  const choose = async (f: File) => {
    const read = await readImportFile(f);
    setFile(read);
    run.reset();
    preview.mutate({ kind, file: read });
  };
  const p = preview.data;
  const columns = p ? Object.keys(p.rows[0]?.values ?? {}).slice(0, 4) : [];
  return (
    <Modal open width={900} title={t('import.title')} onCancel={onClose} footer={null}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {kinds.length > 1 && (
          <Segmented
            value={kind}
            onChange={(k) => {
              setKind(k as ImportKind);
              setFile(null);
              preview.reset();
            }}
            options={kinds.map((k) => ({ value: k, label: t(`import.kind.${k}`) }))}
          />
        )}
        <Typography.Text type="secondary">{t(`import.hint.${kind}`)}</Typography.Text>
        <Upload
          accept=".csv,.xlsx"
          showUploadList={false}
          beforeUpload={(f) => {
            void choose(f);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={preview.isPending}>
            {t('import.choose')}
          </Button>
        </Upload>
        <ProblemAlert error={preview.error ?? run.error} />
        {run.data && (
          <Alert
            type="success"
            showIcon
            message={t('import.done', { created: run.data.created, skipped: run.data.skipped })}
          />
        )}
        {p && !run.data && (
          <>
            <Typography.Text>
              {t('import.summary', { valid: p.valid, invalid: p.invalid })}
            </Typography.Text>
            <Table<Row>
              size="small"
              rowKey="row"
              dataSource={p.rows}
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              columns={[
                { title: t('import.row'), dataIndex: 'row', width: 70 },
                ...columns.map((c) => ({
                  title: c,
                  key: c,
                  render: (_: unknown, r: Row) => r.values[c],
                })),
                {
                  title: t('import.errors'),
                  key: 'errors',
                  render: (_: unknown, r: Row) =>
                    Object.entries(r.errors).map(([field, messages]) => (
                      <Typography.Text key={field} type="danger">
                        {field}: {messages.join('; ')}{' '}
                      </Typography.Text>
                    )),
                },
              ]}
            />
            <Space>
              <Button
                type="primary"
                disabled={p.invalid > 0 || !file}
                loading={run.isPending}
                onClick={() => file && run.mutate({ kind, file, mode: 'all' })}
              >
                {t('import.all', { count: p.valid })}
              </Button>
              {p.invalid > 0 && p.valid > 0 && (
                <Button
                  loading={run.isPending}
                  onClick={() => file && run.mutate({ kind, file, mode: 'valid' })}
                >
                  {t('import.validOnly', { count: p.valid })}
                </Button>
              )}
            </Space>
          </>
        )}
      </Space>
    </Modal>
  );
}
