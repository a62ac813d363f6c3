import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap, unwrapAll } from '../../api/client';

export type Skill = Schemas['Skill'];
export type PersonSkill = Schemas['PersonSkill'];

const skillKeys = {
  all: ['skills'] as const,
  person: (id: string) => ['people', 'one', id, 'skills'] as const,
};

export function useSkills(q?: string) {
  return useQuery({
    queryKey: [...skillKeys.all, q ?? ''],
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/skills', { params: { query: { ...(q ? { q } : {}), ...page } } }),
      ),
  });
}

export function useSaveSkill() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { category: string; nameZh: string; nameEn: string; synonyms: string[] }) =>
      unwrap(api.POST('/api/v1/skills', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: skillKeys.all }),
  });
}

export function usePersonSkills(personId: string) {
  return useQuery({
    queryKey: skillKeys.person(personId),
    queryFn: () =>
      unwrapAll((page) =>
        api.GET('/api/v1/people/{id}/skills', { params: { path: { id: personId }, query: page } }),
      ),
  });
}

/** Set, verify or remove a person's skill; their list refreshes after each. */
export function useChangePersonSkills(personId: string) {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: skillKeys.person(personId) });
  const path = (skillId: string) => ({ params: { path: { id: personId, skillId } } });
  return {
    set: useMutation({
      mutationFn: ({ skillId, proficiency, years }: SkillLevel) =>
        unwrap(
          api.PUT('/api/v1/people/{id}/skills/{skillId}', {
            ...path(skillId),
            body: { proficiency, years },
          }),
        ),
      onSuccess,
    }),
    verify: useMutation({
      mutationFn: (skillId: string) =>
        unwrap(api.POST('/api/v1/people/{id}/skills/{skillId}/verify', path(skillId))),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (skillId: string) =>
        unwrap(api.DELETE('/api/v1/people/{id}/skills/{skillId}', path(skillId))),
      onSuccess,
    }),
  };
}

export type SkillLevel = { skillId: string; proficiency: number; years: number | null };

const ownSkillsKey = ['me', 'person', 'skills'] as const;

export function useOwnSkills() {
  return useQuery({
    queryKey: ownSkillsKey,
    queryFn: () =>
      unwrapAll((page) => api.GET('/api/v1/me/person/skills', { params: { query: page } })),
  });
}

export function useChangeOwnSkills() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ skillId, proficiency, years }: SkillLevel) =>
      unwrap(
        api.PUT('/api/v1/me/person/skills/{skillId}', {
          params: { path: { skillId } },
          body: { proficiency, years },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ownSkillsKey }),
  });
}

/** A skill's name in the reader's language. */
