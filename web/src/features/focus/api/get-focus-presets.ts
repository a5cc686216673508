import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { focusPreset } from '#common/contracts/focus';
import { api } from '@/lib/api-client';
import { focusKeys } from '@/lib/query-keys';

export type FocusPresetWire = z.input<typeof focusPreset>;

export const focusPresetsQueryOptions = queryOptions({
  queryKey: focusKeys.presets,
  queryFn: ({ signal }) => api.get<FocusPresetWire[]>('/focus/presets', { signal }),
  staleTime: 5 * 60_000,
});

/** GET /api/focus/presets: the user's timer presets (the whole list, it is small). */
export function useFocusPresets() {
  return useQuery(focusPresetsQueryOptions);
}
