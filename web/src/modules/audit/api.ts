import { useMutation } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';
import { useKeysetPages } from '../../api/keyset-pages';

export type AuditEntry = Schemas['AuditEntry'];
export type AuditFilter = {
  actorId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
};

export const auditKeys = { list: (f: AuditFilter) => ['audit', f] as const };

/** Newest first, one keyset page at a time. */
export function useAuditLog(filter: AuditFilter) {
  return useKeysetPages(auditKeys.list(filter), (page) =>
    api.GET('/api/v1/audit', { params: { query: { ...filter, ...page } } }),
  );
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => unwrap(api.POST('/api/v1/audit/verify')) });
}

export function exportUrl(filter: AuditFilter): string {
  const query = new URLSearchParams(
    Object.entries(filter).filter(([, v]) => v) as [string, string][],
  );
  return `/api/v1/audit/export?${query}`;
}
