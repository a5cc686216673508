import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import type { FocusLibraryDetailWire } from '../api/libraries';
import { FocusMusicCard } from './focus-music-card';

const LIB = '00000000-0000-4000-8000-0000000000b1';
const TRACK = '00000000-0000-4000-8000-0000000000c1';
const at = '2026-01-01T00:00:00.000Z';

const json = (data: unknown, status = 200) =>
  new Response(JSON.stringify({ data }), { status, headers: { 'content-type': 'application/json' } });

function setup() {
  let library: FocusLibraryDetailWire | null = null;
  const summary = () => (library ? [{ ...library, tracks: undefined, track_count: library.tracks.length }] : []);
  const fetchMock = vi.fn(async (input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://localhost');
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    if (url.pathname === '/api/focus/active') return json(null);
    if (url.pathname === '/api/reference/tracks')
      return json([{ id: TRACK, title: 'Sine study', artist: 'Test Tones', duration_seconds: 4 }]);
    if (url.pathname === '/api/focus/libraries' && method === 'POST') {
      library = {
        id: LIB,
        name: body.name,
        description: null,
        is_favorite: false,
        track_count: 0,
        created_at: at,
        updated_at: at,
        tracks: [],
      };
      return json(library, 201);
    }
    if (url.pathname === '/api/focus/libraries') return json(summary());
    if (url.pathname === `/api/focus/libraries/${LIB}/tracks` && method === 'POST' && library) {
      library = {
        ...library,
        track_count: 1,
        tracks: [
          {
            track_id: body.track_id,
            sort_order: 0,
            added_at: at,
            title: 'Sine study',
            artist: 'Test Tones',
            duration_seconds: 4,
          },
        ],
      };
      return json(library, 201);
    }
    if (url.pathname === `/api/focus/libraries/${LIB}`) return json(library);
    return json(null, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  render(
    <QueryClientProvider client={createQueryClient()}>
      <FocusMusicCard />
    </QueryClientProvider>,
  );
  return fetchMock;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('FocusMusicCard', () => {
  it('creates a library, adds a track to it and chooses it to play', async () => {
    const fetchMock = setup();
    const choices = await screen.findByRole('group', { name: 'Plays during focus' });
    expect(within(choices).getByRole('radio', { name: 'No music' })).toHaveProperty('checked', true);

    fireEvent.change(screen.getByLabelText('New library name'), { target: { value: 'Deep work' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create library' }));

    const editor = await screen.findByRole('region', { name: 'Deep work' });
    expect(within(editor).getByText(/No tracks yet/)).toBeTruthy();
    const picker = await within(editor).findByRole('option', { name: 'Sine study · Test Tones' });
    expect(picker).toBeTruthy();
    fireEvent.click(within(editor).getByRole('button', { name: 'Add track' }));

    const list = await within(editor).findByRole('list', { name: 'Tracks in this library' });
    expect(within(list).getByText('Sine study')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith(
      `/api/focus/libraries/${LIB}/tracks`,
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ track_id: TRACK }) }),
    );

    const radio = await within(choices).findByRole('radio', { name: /Deep work/ });
    await waitFor(() => expect(within(choices).getByText('1 track')).toBeTruthy());
    fireEvent.click(radio);
    expect(radio).toHaveProperty('checked', true);
    expect(localStorage.getItem('cadence.focus.music')).toBe(LIB);
  });
});
