import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { holdApi, json } from '@/test/held-api';
import { Timeline } from '../components/timeline';
import { useRegionMutations, useRegions } from './notes';
import type { RegionWire } from './types';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const TRACK = '6f1c1f5e-8a3e-4f43-9d59-0a4c1d7b2e10';
const saved: RegionWire = {
  id: '0b8e4a44-52a3-4f27-8f0b-1d1d1b1e2f30',
  track_id: TRACK,
  name: 'Drop',
  kind: 'section',
  start_ms: 2000,
  end_ms: 4000,
  color: null,
  notes: null,
  is_favorite: false,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
};

/** The page's wiring of the timeline to the regions' list and changes. */
function RegionsOnTimeline() {
  const regions = useRegions(TRACK);
  const changes = useRegionMutations(TRACK);
  if (!regions.data) return null;
  return (
    <Timeline
      lengthMs={10_000}
      positionMs={0}
      regions={regions.data}
      onSeek={() => undefined}
      onChange={(id, body) => changes.update.mutate({ id, body })}
    />
  );
}

function renderWith(refuse: boolean) {
  let stored = saved; // what the server holds
  const api = holdApi(({ method, body }) => {
    if (method === 'GET') return json({ data: [stored], page: { limit: 200, next_cursor: null } });
    if (refuse) {
      return json({ error: { code: 'validation_error', message: 'The track is only 3000 ms long', details: [] } }, 422);
    }
    stored = { ...stored, ...(body as Partial<RegionWire>) };
    return json({ data: stored });
  });
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  render(
    <QueryClientProvider client={client}>
      <RegionsOnTimeline />
    </QueryClientProvider>,
  );
  return api;
}

describe('regions moved on the timeline', () => {
  it('show the new times at once and keep them once saved', async () => {
    const api = renderWith(false);
    await api.answer();
    const region = await screen.findByRole('slider', { name: 'Drop' });
    fireEvent.keyDown(region, { key: 'ArrowRight' });
    fireEvent.keyUp(region, { key: 'ArrowRight' });
    await act(async () => {});
    expect(region.getAttribute('aria-valuetext')).toBe('0:02.1 to 0:04.1');
    expect(api.calls.at(-1)).toBe(`PATCH /api/reference/regions/${saved.id} {"start_ms":2100,"end_ms":4100}`);
    await api.answer(); // the save
    await api.answer(); // the list read again
    expect(screen.getByRole('slider', { name: 'Drop' }).getAttribute('aria-valuetext')).toBe('0:02.1 to 0:04.1');
  });

  it('go back to where they were when the server refuses', async () => {
    const api = renderWith(true);
    await api.answer();
    const region = await screen.findByRole('slider', { name: 'Drop' });
    fireEvent.keyDown(region, { key: 'ArrowRight' });
    fireEvent.keyUp(region, { key: 'ArrowRight' });
    await act(async () => {});
    expect(region.getAttribute('aria-valuetext')).toBe('0:02.1 to 0:04.1');
    await api.answer(); // refused
    expect(screen.getByRole('slider', { name: 'Drop' }).getAttribute('aria-valuetext')).toBe('0:02.0 to 0:04.0');
  });
});
