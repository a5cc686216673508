import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import type { TrackWire } from '../api/types';
import { LibraryPage } from './library-page';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const track = (over: Partial<TrackWire>): TrackWire => ({
  id: crypto.randomUUID(),
  title: 'Teardrop',
  artist: 'Massive Attack',
  album: null,
  genre: null,
  notes: null,
  tags: ['trip-hop'],
  is_favorite: false,
  filename: 'teardrop.flac',
  mime_type: 'audio/flac',
  size_bytes: 1000,
  duration_seconds: 329.4,
  sample_rate: 44100,
  channels: 2,
  bpm: null,
  musical_key: null,
  integrated_lufs: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  ...over,
});

function renderAt(path: string, tracks: TrackWire[]) {
  const fetchMock = vi.fn(async (input: string) => {
    const url = new URL(input, 'http://localhost');
    const q = url.searchParams.get('q')?.toLowerCase();
    const tag = url.searchParams.get('tag');
    const all = tracks.filter((t) => (!q || t.title.toLowerCase().includes(q)) && (!tag || t.tags.includes(tag)));
    const limit = Number(url.searchParams.get('limit'));
    const from = Number(url.searchParams.get('cursor') ?? 0);
    const data = all.slice(from, from + limit);
    const next = from + limit < all.length ? String(from + limit) : null;
    return new Response(JSON.stringify({ data, page: { limit, next_cursor: next } }), {
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  const router = createMemoryRouter([{ path: '/reference', element: <LibraryPage /> }], { initialEntries: [path] });
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, fetchMock };
}

describe('LibraryPage', () => {
  it('lists the tracks with artist, length and tags, searches by words and filters by a tag in the address', async () => {
    const teardrop = track({});
    const other = track({ title: 'Windowlicker', artist: 'Aphex Twin', tags: ['idm'], duration_seconds: null });
    const { router, fetchMock } = renderAt('/reference', [teardrop, other]);
    const list = await screen.findByRole('list', { name: 'Your tracks' });
    expect(within(list).getByRole('link', { name: 'Teardrop' }).getAttribute('href')).toBe(
      `/reference/tracks/${teardrop.id}`,
    );
    expect(within(list).getByText(/Massive Attack/).textContent).toBe('Massive Attack · 5:29');
    expect(screen.getByRole('link', { name: 'Listening prompts' }).getAttribute('href')).toBe('/reference/prompts');

    fireEvent.change(screen.getByLabelText('Search your tracks'), { target: { value: 'window' } });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Teardrop' })).toBeNull());
    expect(router.state.location.search).toBe('?q=window');
    expect(fetchMock).toHaveBeenLastCalledWith('/api/reference/tracks?q=window&limit=50', expect.anything());

    fireEvent.change(screen.getByLabelText('Search your tracks'), { target: { value: '' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Show tracks tagged trip-hop' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Windowlicker' })).toBeNull());
    expect(router.state.location.search).toBe('?tag=trip-hop');
  });

  it('asks for a track to start a listening prompt on, and opens it with the prompt in the address', async () => {
    const teardrop = track({});
    renderAt('/reference?prompt=kick_and_bass&band=30-150&loop=4&q=tear', [teardrop]);
    expect(await screen.findByText(/Pick a track to start the listening prompt on/)).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Teardrop' })).getAttribute('href')).toBe(
      `/reference/tracks/${teardrop.id}?prompt=kick_and_bass&band=30-150&loop=4`,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Teardrop' }).getAttribute('href')).toBe(
        `/reference/tracks/${teardrop.id}`,
      ),
    );
  });

  it('loads the next page of tracks from the cursor the list answered', async () => {
    const many = Array.from({ length: 60 }, (_, i) => track({ title: `Take ${i + 1}`, tags: [] }));
    const { fetchMock } = renderAt('/reference?q=take', many);
    // Counted with selectors: reading the roles of 60 rows is slow in jsdom.
    const list = await screen.findByRole('list', { name: 'Your tracks' });
    const titles = () => [...list.querySelectorAll('li a')].map((a) => a.textContent);
    expect(titles()).toHaveLength(50);
    fireEvent.click(screen.getByText('Load more'));
    await waitFor(() => expect(titles()).toHaveLength(60));
    expect(titles().at(-1)).toBe('Take 60');
    expect(fetchMock).toHaveBeenLastCalledWith('/api/reference/tracks?q=take&limit=50&cursor=50', expect.anything());
    expect(screen.queryByText('Load more')).toBeNull();
  });

  it('says how to begin when there is no track yet', async () => {
    renderAt('/reference', []);
    expect(await screen.findByRole('heading', { name: 'No tracks yet' })).toBeTruthy();
  });
});
