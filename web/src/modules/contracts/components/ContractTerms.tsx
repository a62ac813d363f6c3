import { Button, Card, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeleteButton } from '../../../components/DeleteButton';
import { ProblemAlert } from '../../../components/ProblemAlert';
import {
  type ContractClause,
  useChangeContractClauses,
  useClauses,
  useContractClauses,
} from '../clauses-api';

/** The contract's clauses in order; a draft takes more from the library, in either language. */
export function ContractTerms({ contractId, editable }: { contractId: string; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const terms = useContractClauses(contractId);
  const { insert, remove } = useChangeContractClauses(contractId);
  return (
    <Card title={t('clause.terms')} size="small">
      {editable && (
        <InsertClause
          contractId={contractId}
          defaultLanguage={i18n.language as ContractClause['language']}
        />
      )}
      <ProblemAlert error={terms.error ?? insert.error ?? remove.error} />
      <List<ContractClause>
        dataSource={terms.data ?? []}
        locale={{ emptyText: t('clause.noTerms') }}
        renderItem={(c) => (
          <List.Item
            actions={
              editable ? [<DeleteButton key="remove" onConfirm={() => remove.mutate(c.id)} />] : []
            }
          >
            <List.Item.Meta
              title={
                <Space>
                  {`${c.position}. ${c.title}`}
                  <Tag>{t(`clause.category.${c.category}`)}</Tag>
                </Space>
              }
              description={
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                  {c.text}
                </Typography.Paragraph>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

function InsertClause({
  contractId,
  defaultLanguage,
}: {
  contractId: string;
  defaultLanguage: ContractClause['language'];
}) {
  const { t, i18n } = useTranslation();
  const library = useClauses({});
  const { insert } = useChangeContractClauses(contractId);
  const [clauseId, setClauseId] = useState<string>();
  const [language, setLanguage] = useState(defaultLanguage);
  const zh = i18n.language === 'zh-CN';
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Select
        showSearch
        optionFilterProp="label"
        aria-label={t('clause.fromLibrary')}
        placeholder={t('clause.fromLibrary')}
        style={{ width: 320 }}
        value={clauseId}
        onChange={setClauseId}
        options={(library.data ?? []).map((c) => ({
          value: c.id,
          label: `${zh ? c.titleZh : c.titleEn} · ${t(`clause.category.${c.category}`)}`,
        }))}
      />
      <Select
        showSearch
        optionFilterProp="label"
        aria-label={t('clause.language')}
        style={{ width: 120 }}
        value={language}
        onChange={setLanguage}
        options={[
          { value: 'zh-CN', label: '中文' },
          { value: 'en-US', label: 'English' },
        ]}
      />
      <Button
        disabled={!clauseId}
        loading={insert.isPending}
        onClick={() =>
          clauseId &&
          insert.mutate({ clauseId, language }, { onSuccess: () => setClauseId(undefined) })
        }
      >
        {t('clause.insert')}
      </Button>
    </Space>
  );
}
