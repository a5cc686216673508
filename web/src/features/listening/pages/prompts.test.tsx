import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import type { ListeningTemplateWire } from '../api/types';
import { PromptPage } from './prompt-page';
import { PromptsPage } from './prompts-page';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const template = (over: Partial<ListeningTemplateWire>): ListeningTemplateWire => ({
  id: crypto.randomUUID(),
  key: 'kick_and_bass',
  title: 'Kick and bass: who owns the bottom?',
  description: 'Find how the kick and the bass share the lowest octaves.',
  category: 'frequency',
  difficulty: 'beginner',
  prompt: 'Listen through the low band and follow the kick and the bass together.',
  hints: ['Tap along with the kick, then hum the bass line.'],
  expected_observations: ['One of the two usually sits lower.'],
  tags: ['low-end', 'kick'],
  sort_order: 10,
  presets: [],
  ...over,
});

const kick = template({
  presets: [
    {
      id: crypto.randomUUID(),
      key: 'kick_and_bass_band',
      template_id: null,
      name: 'Low end 30–150 Hz',
      description: 'Band-passes the track to the lowest octaves.',
      preset_type: 'focus_band',
      config: { low_hz: 30, high_hz: 150 },
      sort_order: 10,
    },
    {
      id: crypto.randomUUID(),
      key: 'kick_and_bass_loop',
      template_id: null,
      name: 'Loop 4 bars',
      description: 'Loops four bars.',
      preset_type: 'loop',
      config: { bars: 4 },
      sort_order: 20,
    },
  ],
});
const mono = template({
  key: 'mono_check',
  title: 'What disappears in mono',
  category: 'stereo',
  difficulty: 'intermediate',
  tags: ['mono', 'stereo-width'],
  sort_order: 20,
});
const vocal = template({
  key: 'vocal_level_rides',
  title: 'Where the vocal sits',
  category: 'mixing',
  tags: ['vocals'],
  sort_order: 30,
});

const json = (data: unknown, status = 200) =>
  new Response(JSON.stringify(status < 300 ? { data, page: { limit: 50, next_cursor: null } } : data), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/** Answers like the API: the library, filtered by the query string; one template by key. */
function stubApi(library: ListeningTemplateWire[]) {
  const fetchMock = vi.fn(async (input: string) => {
    const url = new URL(input, 'http://localhost');
    const one = url.pathname.match(/^\/api\/listening\/templates\/(.+)$/);
    if (one) {
      const found = library.find((t) => t.key === one[1] || t.id === one[1]);
      return found
        ? json(found)
        : json({ error: { code: 'not_found', message: 'The listening template was not found.' } }, 404);
    }
    const q = url.searchParams;
    return json(
      library.filter(
        (t) =>
          (!q.get('category') || t.category === q.get('category')) &&
          (!q.get('difficulty') || t.difficulty === q.get('difficulty')) &&
          (!q.get('tag') || t.tags.includes(q.get('tag') ?? '')),
      ),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderAt(path: string) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  const router = createMemoryRouter(
    [
      { path: '/reference', element: <h1>Reference</h1> },
      { path: '/reference/prompts', element: <PromptsPage /> },
      { path: '/reference/prompts/:key', element: <PromptPage /> },
    ],
    { initialEntries: [path] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('PromptsPage', () => {
  it('lists the prompts under their categories with their level and tags, each linking to its page', async () => {
    stubApi([kick, mono, vocal]);
    renderAt('/reference/prompts');
    const frequency = await screen.findByRole('region', { name: 'Frequency and tone' });
    const link = within(frequency).getByRole('link', { name: kick.title });
    expect(link.getAttribute('href')).toBe('/reference/prompts/kick_and_bass');
    expect(within(frequency).getByText('Beginner')).toBeTruthy();
    expect(within(frequency).getByRole('button', { name: 'Show prompts tagged low-end' })).toBeTruthy();
    const stereo = screen.getByRole('region', { name: 'Stereo image' });
    expect(within(stereo).getByText('Intermediate')).toBeTruthy();
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))).toEqual([
      'listening-category-frequency',
      'listening-category-stereo',
      'listening-category-mixing',
    ]);
  });

  it('filters by category, level and a tag through the API, keeping the filters in the address', async () => {
    const fetchMock = stubApi([kick, mono, vocal]);
    const router = renderAt('/reference/prompts');
    await screen.findByRole('region', { name: 'Mixing' });

    fireEvent.change(screen.getByLabelText('Level'), { target: { value: 'intermediate' } });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Mixing' })).toBeNull());
    expect(screen.getByRole('link', { name: mono.title })).toBeTruthy();
    expect(router.state.location.search).toBe('?difficulty=intermediate');
    expect(fetchMock).toHaveBeenLastCalledWith('/api/listening/templates?difficulty=intermediate', expect.anything());

    fireEvent.change(screen.getByLabelText('Level'), { target: { value: '' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Show prompts tagged vocals' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Stereo image' })).toBeNull());
    expect(router.state.location.search).toBe('?tag=vocals');

    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'stereo' } });
    expect(await screen.findByText(/No prompt matches these filters/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Stop showing only the tag vocals' }));
    expect(await screen.findByRole('link', { name: mono.title })).toBeTruthy();
    expect(router.state.location.search).toBe('?category=stereo');
  });

  it('ignores filters in the address that the API would refuse', async () => {
    const fetchMock = stubApi([kick]);
    renderAt('/reference/prompts?category=vocals&difficulty=easy&tag=low%20end');
    expect(await screen.findByRole('link', { name: kick.title })).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith('/api/listening/templates', expect.anything());
  });

  it('shows an error with a retry when the library cannot be read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ error: { code: 'internal', message: 'Down for a moment.' } }, 500)),
    );
    renderAt('/reference/prompts');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Down for a moment.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('PromptPage', () => {
  it('shows the prompt, hints and set-up, keeps the observations folded, and starts on a track with its state', async () => {
    stubApi([kick]);
    renderAt('/reference/prompts/kick_and_bass');
    expect(await screen.findByRole('heading', { level: 1, name: kick.title })).toBeTruthy();
    expect(screen.getByText(kick.prompt)).toBeTruthy();
    expect(screen.getByText(kick.hints[0] ?? '')).toBeTruthy();
    expect(screen.getByText('Focus 30 Hz–150 Hz')).toBeTruthy();
    expect(screen.getByText('Loop 4 bars')).toBeTruthy();
    const observations = screen.getByText('One of the two usually sits lower.').closest('details');
    expect(observations?.open).toBe(false);
    const start = screen.getByRole('link', { name: 'Start on a track' });
    expect(start.getAttribute('href')).toBe('/reference?prompt=kick_and_bass&band=30-150&loop=4');
    expect(screen.getByRole('link', { name: 'Show prompts tagged kick' }).getAttribute('href')).toBe(
      '/reference/prompts?tag=kick',
    );
  });

  it('says so when the prompt is not in the library, with a way back', async () => {
    stubApi([kick]);
    renderAt('/reference/prompts/retired_prompt');
    expect(await screen.findByRole('heading', { name: 'This prompt is not in the library' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See every prompt' }).getAttribute('href')).toBe('/reference/prompts');
  });
});
