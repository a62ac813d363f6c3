import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Schemas, unwrap, unwrapAll } from '../../api/client';

export type Document = Schemas['Document'];

/**
 * Documents hang under their record's own path (a contract, a qualification), so these calls
 * take that path rather than one typed route; the answers are the same Document schema.
 */
async function request<T>(url: string, init: RequestInit = {}) {
  const response = await fetch(url, {
    credentials: 'same-origin',
    ...init,
    headers: { 'x-requested-with': 'pontis-web', ...init.headers },
  });
  const body = await response.json().catch(() => undefined);
  return {
    data: response.ok ? (body as T) : undefined,
    error: response.ok ? undefined : body,
    response,
  };
}

const send = <T>(url: string, init: RequestInit = {}) => unwrap<T>(request<T>(url, init));

const documentKeys = { of: (basePath: string) => ['documents', basePath] as const };

export const contentUrl = (basePath: string, id: string, version: number) =>
  `${basePath}/documents/${id}/versions/${version}/content`;

export function useDocuments(basePath: string) {
  return useQuery({
    queryKey: documentKeys.of(basePath),
    queryFn: () =>
      unwrapAll(({ limit, cursor }) => {
        const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
        return request<{ items: Document[]; nextCursor: string | null }>(
          `${basePath}/documents?${query}`,
        );
      }),
  });
}

function formOf(file: File, fields: Record<string, string> = {}) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  data.append('file', file);
  return data;
}

/** Upload a new document, a new version of one, or delete one; the list refreshes after. */
export function useChangeDocuments(basePath: string, onChange?: () => unknown) {
  const qc = useQueryClient();
  const onSuccess = async () => {
    await qc.invalidateQueries({ queryKey: documentKeys.of(basePath) });
    await onChange?.();
  };
  return {
    add: useMutation({
      mutationFn: ({ file, category }: { file: File; category: string }) =>
        send<Document>(`${basePath}/documents`, {
          method: 'POST',
          body: formOf(file, { category }),
        }),
      onSuccess,
    }),
    addVersion: useMutation({
      mutationFn: ({ id, file }: { id: string; file: File }) =>
        send<Document>(`${basePath}/documents/${id}/versions`, {
          method: 'POST',
          body: formOf(file),
        }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: string) =>
        send<Document[]>(`${basePath}/documents/${id}`, { method: 'DELETE' }),
      onSuccess,
    }),
  };
}
