import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from './events';
import { queryClient } from './query-client';
import { marketKeys, settingsKeys } from './query-keys';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('equipped_changed', () => {
  it('reads the settings again (a theme applies on this device) and refreshes the market', () => {
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries').mockResolvedValue();
    dispatch({
      id: '7',
      type: 'equipped_changed',
      data: { slot: 'theme', item_key: 'theme_ocean' },
      created_at: '2026-05-04T10:00:00.000Z',
    });
    const keys = invalidate.mock.calls.map(([filters]) => filters?.queryKey);
    expect(keys).toContainEqual(settingsKeys.all);
    expect(keys).toContainEqual(marketKeys.all);
  });
});
