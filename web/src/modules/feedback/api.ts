import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';
import type { paths } from '../../api/schema';

export type Survey = Schemas['Survey'];
export type Feedback = Schemas['Feedback'];
export type FeedbackTrend = Schemas['FeedbackTrend'];
type FeedbackBody =
  paths['/api/v1/clients/{id}/feedback']['post']['requestBody']['content']['application/json'];
type FeedbackUpdate =
  paths['/api/v1/clients/{id}/feedback/{feedbackId}']['patch']['requestBody']['content']['application/json'];

export const feedbackSeverities = ['low', 'medium', 'high', 'critical'] as const;
export const severityColors = {
  low: 'default',
  medium: 'blue',
  high: 'orange',
  critical: 'red',
} as const;

const feedbackKeys = {
  of: (clientId: string) => ['clients', 'one', clientId, 'feedback'] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

export function useSurveys(clientId: string) {
  return useQuery({
    queryKey: [...feedbackKeys.of(clientId), 'surveys'],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/clients/{id}/surveys', {
          params: { path: { id: clientId }, query: page },
        }),
      ),
  });
}

export function useFeedback(clientId: string) {
  return useQuery({
    queryKey: [...feedbackKeys.of(clientId), 'items'],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/clients/{id}/feedback', {
          params: { path: { id: clientId }, query: page },
        }),
      ),
  });
}

export function useFeedbackTrend(clientId: string) {
  return useQuery({
    queryKey: [...feedbackKeys.of(clientId), 'trend'],
    queryFn: () => unwrap(api.GET('/api/v1/clients/{id}/feedback-trend', path(clientId))),
  });
}

/** Send a survey, log or move a complaint or praise; the whole feedback tab refreshes. */
export function useChangeFeedback(clientId: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: feedbackKeys.of(clientId) });
  return {
    sendSurvey: useMutation({
      mutationFn: (body: { contactId: string; kind: Survey['kind'] }) =>
        unwrap(api.POST('/api/v1/clients/{id}/surveys', { ...path(clientId), body })),
      onSuccess,
    }),
    create: useMutation({
      mutationFn: (body: FeedbackBody) =>
        unwrap(api.POST('/api/v1/clients/{id}/feedback', { ...path(clientId), body })),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ feedbackId, body }: { feedbackId: string; body: FeedbackUpdate }) =>
        unwrap(
          api.PATCH('/api/v1/clients/{id}/feedback/{feedbackId}', {
            params: { path: { id: clientId, feedbackId } },
            body,
          }),
        ),
      onSuccess,
    }),
  };
}
