import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';
import { supplierKeys } from './api';

export type EvaluationTemplate = Schemas['EvaluationTemplate'];
export type Evaluation = Schemas['SupplierEvaluation'];
export type EvaluationDetail = Schemas['SupplierEvaluationDetail'];
export type SupplierComparison = Schemas['SupplierComparison'];
type TemplateBody =
  paths['/api/v1/evaluation-templates']['post']['requestBody']['content']['application/json'];
type EvaluationBody =
  paths['/api/v1/suppliers/{id}/evaluations']['post']['requestBody']['content']['application/json'];
type ScoresBody =
  paths['/api/v1/suppliers/{id}/evaluations/{evaluationId}/scores']['put']['requestBody']['content']['application/json'];

export const evaluationKinds: Evaluation['kind'][] = ['periodic', 'ad_hoc'];
export const gradeColors = { A: 'green', B: 'blue', C: 'orange', D: 'red' } as const;
/** Scores travel in hundredths: 345 is 3.45 out of 5. */
export const scoreText = (hundredths: number | null | undefined) =>
  hundredths === null || hundredths === undefined ? '—' : (hundredths / 100).toFixed(2);

const templateKey = ['evaluation-templates'] as const;
const evaluationsKey = (supplierId: string) =>
  [...supplierKeys.one(supplierId), 'evaluations'] as const;

export function useEvaluationTemplates() {
  return useQuery({
    queryKey: templateKey,
    queryFn: () =>
      unwrapAll((page) => api.GET('/api/v1/evaluation-templates', { params: { query: page } })),
  });
}

export function useSaveTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      version,
      body,
    }: {
      id?: string;
      version?: number;
      body: Partial<TemplateBody> & { active?: boolean };
    }) =>
      id && version
        ? unwrap(
            api.PATCH('/api/v1/evaluation-templates/{id}', {
              params: { path: { id } },
              body: { ...body, version },
            }),
          )
        : unwrap(api.POST('/api/v1/evaluation-templates', { body: body as TemplateBody })),
    onSuccess: () => qc.invalidateQueries({ queryKey: templateKey }),
  });
}

export function useEvaluations(supplierId: string) {
  return useQuery({
    queryKey: evaluationsKey(supplierId),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/suppliers/{id}/evaluations', {
          params: { path: { id: supplierId }, query: page },
        }),
      ),
  });
}

export function useEvaluation(supplierId: string, evaluationId: string) {
  return useQuery({
    queryKey: [...evaluationsKey(supplierId), evaluationId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/suppliers/{id}/evaluations/{evaluationId}', {
          params: { path: { id: supplierId, evaluationId } },
        }),
      ),
  });
}

/** Start an evaluation, score it, finalise it; the supplier's evaluations refresh after each. */
export function useChangeEvaluations(supplierId: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: evaluationsKey(supplierId) });
  const path = (evaluationId: string) => ({ params: { path: { id: supplierId, evaluationId } } });
  return {
    create: useMutation({
      mutationFn: (body: EvaluationBody) =>
        unwrap(
          api.POST('/api/v1/suppliers/{id}/evaluations', {
            params: { path: { id: supplierId } },
            body,
          }),
        ),
      onSuccess,
    }),
    score: useMutation({
      mutationFn: ({ evaluationId, body }: { evaluationId: string; body: ScoresBody }) =>
        unwrap(
          api.PUT('/api/v1/suppliers/{id}/evaluations/{evaluationId}/scores', {
            ...path(evaluationId),
            body,
          }),
        ),
      onSuccess,
    }),
    finalize: useMutation({
      mutationFn: ({ evaluationId, version }: { evaluationId: string; version: number }) =>
        unwrap(
          api.POST('/api/v1/suppliers/{id}/evaluations/{evaluationId}/finalize', {
            ...path(evaluationId),
            body: { version },
          }),
        ),
      onSuccess,
    }),
  };
}

export function useSupplierComparison(ids: string[]) {
  return useQuery({
    queryKey: ['supplier-comparison', ids],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/supplier-comparison', {
          params: { query: { ids: ids.join(','), ...page } },
        }),
      ),
    enabled: ids.length > 0,
  });
}
