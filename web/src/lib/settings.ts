import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SettingKey, Settings, SettingValue } from '#common/settings';
import { api } from './api-client';
import { applyOptimistic, rollbackOptimistic } from './optimistic';
import { marketKeys, settingsKeys } from './query-keys';

/** The user's settings (every registry key, defaults filled in by the API). */
export const settingsQueryOptions = queryOptions({
  queryKey: settingsKeys.all,
  queryFn: ({ signal }) => api.get<Settings>('/settings', { signal }),
});

export function useSettings(enabled = true) {
  return useQuery({ ...settingsQueryOptions, enabled });
}

/** One key and a value of that key's type. */
export type SettingUpdate = { [K in SettingKey]: { key: K; value: SettingValue<K> } }[SettingKey];

/** PUT /api/settings/:key, applied to the cache at once and rolled back if the server refuses. */
export function useUpdateSetting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, value }: SettingUpdate) => api.put<unknown>(`/settings/${encodeURIComponent(key)}`, { value }),
    onMutate: ({ key, value }) =>
      applyOptimistic<Settings>(client, settingsKeys.all, (settings) => ({ ...settings, [key]: value })),
    onError: (_error, _vars, snapshot) => rollbackOptimistic(client, snapshot),
    onSettled: (_data, _error, { key }) => {
      client.invalidateQueries({ queryKey: settingsKeys.all });
      // A worn purchased theme is the theme setting: choosing light, dark or system takes it off.
      if (key === 'theme') client.invalidateQueries({ queryKey: marketKeys.all });
    },
  });
}
