import { useQuery } from '@tanstack/react-query';
import { AutoComplete, Input, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, type Schemas, unwrap } from '../../api/client';

type Hit = Schemas['SearchHit'];

const pathOf = (hit: Hit) =>
  ({
    client: `/clients/${hit.id}`,
    contact: `/clients/${hit.clientId}`,
    supplier: `/suppliers/${hit.id}`,
    contract: `/contracts/${hit.id}`,
  })[hit.type];

/** Waits until typing pauses before asking the server. */
function useDebounced(value: string, ms: number) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The header's search box: clients, contacts, suppliers and contracts by number or name. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const results = useQuery({
    queryKey: ['search', q],
    queryFn: () => unwrap(api.GET('/api/v1/search', { params: { query: { q } } })),
    enabled: q.length > 0,
  });
  const hits = q ? (results.data?.items ?? []) : [];
  return (
    <AutoComplete
      style={{ width: 320 }}
      value={text}
      onChange={setText}
      onSelect={(key: string) => {
        const hit = hits.find((h) => `${h.type}:${h.id}` === key);
        if (hit) navigate(pathOf(hit));
        setText('');
      }}
      notFoundContent={q && results.isSuccess ? t('search.nothing') : null}
      options={hits.map((h) => ({
        value: `${h.type}:${h.id}`,
        label: (
          <span>
            <Tag>{t(`search.type.${h.type}`)}</Tag>
            {h.number && `${h.number} `}
            {h.title}
            {h.subtitle && <span style={{ color: '#888' }}> · {h.subtitle}</span>}
          </span>
        ),
      }))}
    >
      <Input.Search
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        allowClear
      />
    </AutoComplete>
  );
}
