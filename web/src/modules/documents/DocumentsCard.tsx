import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../components/DateTime';
import { DeleteButton } from '../../components/DeleteButton';
import { ProblemAlert } from '../../components/ProblemAlert';
import { contentUrl, type Document, useChangeDocuments, useDocuments } from './api';

type Version = Document['versions'][number];

export type DocumentsCardProps = {
  /** The record's API path, e.g. /api/v1/contracts/…; its files are under /documents. */
  basePath: string;
  categories: readonly string[];
  canWrite: boolean;
  /** Categories kept as evidence: no delete button. */
  permanent?: readonly string[];
  title?: string;
  /** Told after a file is added or removed, for a record that counts its files. */
  onChange?: () => unknown;
};

function useFileSize() {
  const { i18n } = useTranslation();
  return (bytes: number) => {
    const mb = bytes >= 1024 * 1024;
    return new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit: mb ? 'megabyte' : 'kilobyte',
      maximumFractionDigits: mb ? 1 : 0,
    }).format(mb ? bytes / 1024 / 1024 : Math.max(1, bytes / 1024));
  };
}

/** A record's files: upload, new versions, every version downloadable, who and when. */
export function DocumentsCard({
  basePath,
  categories,
  canWrite,
  permanent = [],
  title,
  onChange,
}: DocumentsCardProps) {
  const { t } = useTranslation();
  const list = useDocuments(basePath);
  const { add, addVersion, remove } = useChangeDocuments(basePath, onChange);
  const [category, setCategory] = useState(categories[0] ?? 'other');
  const size = useFileSize();
  const versionColumns = [
    { title: t('document.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
    {
      title: t('document.file'),
      key: 'file',
      render: (_: unknown, v: Version & { documentId: string }) => (
        <a href={contentUrl(basePath, v.documentId, v.version)} download={v.fileName}>
          {v.fileName}
        </a>
      ),
    },
    { title: t('document.size'), dataIndex: 'sizeBytes', render: (n: number) => size(n) },
    { title: t('document.uploadedBy'), dataIndex: 'uploadedBy', render: (v: string) => v ?? '—' },
    {
      title: t('document.uploadedAt'),
      dataIndex: 'uploadedAt',
      render: (v: string) => <DateTime value={v} />,
    },
  ];
  return (
    <Card title={title ?? t('document.title')} size="small">
      {canWrite && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Select
            aria-label={t('document.categoryLabel')}
            showSearch
            optionFilterProp="label"
            style={{ width: 180 }}
            value={category}
            onChange={setCategory}
            options={categories.map((c) => ({ value: c, label: t(`document.category.${c}`) }))}
          />
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              add.mutate({ file, category });
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={add.isPending}>
              {t('document.upload')}
            </Button>
          </Upload>
        </Space>
      )}
      <ProblemAlert error={list.error ?? add.error ?? addVersion.error ?? remove.error} />
      <Table<Document>
        rowKey="id"
        size="small"
        loading={list.isFetching}
        dataSource={list.data}
        pagination={false}
        expandable={{
          rowExpandable: (d) => d.versions.length > 1,
          expandedRowRender: (d) => (
            <Table
              rowKey="version"
              size="small"
              pagination={false}
              dataSource={d.versions.map((v) => ({ ...v, documentId: d.id }))}
              columns={versionColumns}
            />
          ),
        }}
        columns={[
          {
            title: t('document.name'),
            key: 'name',
            render: (_, d) => {
              const latest = d.versions[0];
              return latest ? (
                <a href={contentUrl(basePath, d.id, latest.version)} download={latest.fileName}>
                  {d.name}
                </a>
              ) : (
                d.name
              );
            },
          },
          {
            title: t('document.categoryLabel'),
            dataIndex: 'category',
            render: (c: string) => <Tag>{t(`document.category.${c}`)}</Tag>,
          },
          { title: t('document.version'), dataIndex: 'latestVersion', render: (v) => `v${v}` },
          {
            title: t('document.size'),
            key: 'size',
            render: (_, d) => (d.versions[0] ? size(d.versions[0].sizeBytes) : '—'),
          },
          {
            title: t('document.uploadedAt'),
            key: 'at',
            render: (_, d) => (
              <>
                <DateTime value={d.versions[0]?.uploadedAt} /> · {d.versions[0]?.uploadedBy ?? '—'}
              </>
            ),
          },
          ...(canWrite
            ? [
                {
                  key: 'actions',
                  render: (_: unknown, d: Document) => (
                    <Space size={0}>
                      <Upload
                        showUploadList={false}
                        beforeUpload={(file) => {
                          addVersion.mutate({ id: d.id, file });
                          return false;
                        }}
                      >
                        <Button type="link">{t('document.newVersion')}</Button>
                      </Upload>
                      {!permanent.includes(d.category) && (
                        <DeleteButton onConfirm={() => remove.mutate(d.id)} />
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
