import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../../api/client';

export type ImportFile = { format: 'csv' | 'xlsx'; content: string };
export type ImportPreview = Schemas['ImportPreview'];
export type ImportResult = Schemas['ImportResult'];

/** A chosen file as the import endpoints take it: CSV as text, a workbook in base64. */
export async function readImportFile(file: File): Promise<ImportFile> {
  if (!file.name.toLowerCase().endsWith('.xlsx'))
    return { format: 'csv', content: await file.text() };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { format: 'xlsx', content: btoa(binary) };
}

const previewPaths = {
  clients: '/api/v1/imports/clients/preview',
  contacts: '/api/v1/imports/contacts/preview',
  suppliers: '/api/v1/imports/suppliers/preview',
  people: '/api/v1/imports/people/preview',
  skills: '/api/v1/imports/skills/preview',
  time: '/api/v1/imports/time/preview',
} as const;
const importPaths = {
  clients: '/api/v1/imports/clients',
  contacts: '/api/v1/imports/contacts',
  suppliers: '/api/v1/imports/suppliers',
  people: '/api/v1/imports/people',
  skills: '/api/v1/imports/skills',
  time: '/api/v1/imports/time',
} as const;

export type ImportKind = keyof typeof importPaths;

export function usePreviewImport() {
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: ImportFile }) =>
      unwrap(api.POST(previewPaths[kind], { body: { ...file, mode: 'all' } })),
  });
}

/** After an import every list may have new rows. */
export function useRunImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      kind,
      file,
      mode,
    }: {
      kind: ImportKind;
      file: ImportFile;
      mode: 'all' | 'valid';
    }) => unwrap(api.POST(importPaths[kind], { body: { ...file, mode } })),
    onSuccess: () => qc.invalidateQueries(),
  });
}
