import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { skillState } from '#common/contracts/gamification';
import { api } from '@/lib/api-client';
import { gamificationKeys } from '@/lib/query-keys';

export type SkillWire = z.input<typeof skillState>;

export const skillsQueryOptions = queryOptions({
  queryKey: gamificationKeys.skills,
  queryFn: ({ signal }) => api.get<SkillWire[]>('/gamification/skills', { signal }),
});

/** GET /api/gamification/skills: stars and level in each of the six skills. */
export function useSkills() {
  return useQuery(skillsQueryOptions);
}
