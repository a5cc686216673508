import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { json } from '@/test/held-api';
import type { TrackWire } from '../api/types';
import { ABCompare, comparable } from './ab-compare';

const track = (n: number, title: string, lufs: number | null, artist: string | null = null): TrackWire => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  title,
  artist,
  album: null,
  genre: null,
  notes: null,
  tags: [],
  is_favorite: false,
  filename: `${title}.wav`,
  mime_type: 'audio/wav',
  size_bytes: 1000,
  duration_seconds: 180,
  sample_rate: 44_100,
  channels: 2,
  bpm: null,
  musical_key: null,
  integrated_lufs: lufs,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
});
const mine = track(1, 'My mix', -14);
const library = [
  mine,
  track(2, 'Reference master', -10.8, 'Someone'),
  track(3, 'Quiet demo', -20),
  track(4, 'Not analysed', null),
];

let play: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
  vi.spyOn(HTMLMediaElement.prototype, 'pause').mockImplementation(() => undefined);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => json({ data: library, page: { limit: 200, next_cursor: null } })),
  );
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function renderCompare(region: { start_ms: number; end_ms: number } | null = null, sideA = mine, onPlay = () => {}) {
  const client = createQueryClient();
  const view = render(
    <QueryClientProvider client={client}>
      <ABCompare track={sideA} region={region} onPlay={onPlay} />
    </QueryClientProvider>,
  );
  const [a, b] = [...view.container.querySelectorAll('audio')] as HTMLAudioElement[];
  if (!a || !b) throw new Error('two audio elements');
  return { a, b };
}

const optionTexts = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent);
const hearing = () => screen.getByText(/^Hearing/).textContent;

/** The track picker, once the library has arrived with `title` in it. */
async function pickerWith(title: string): Promise<HTMLSelectElement> {
  const picker = (await screen.findByLabelText('Track B')) as HTMLSelectElement;
  await waitFor(() => expect(optionTexts(picker)).toContain(title));
  return picker;
}

describe('comparable', () => {
  it('offers the other analysed tracks matching the words, by title or artist', () => {
    expect(comparable(library, mine.id, '').map((t) => t.title)).toEqual(['Reference master', 'Quiet demo']);
    expect(comparable(library, mine.id, 'some').map((t) => t.title)).toEqual(['Reference master']);
    expect(comparable(library, mine.id, ' QUIET ').map((t) => t.title)).toEqual(['Quiet demo']);
  });
});

describe('ABCompare', () => {
  it('offers the other analysed tracks in a picker narrowed by the words typed', async () => {
    renderCompare();
    const picker = await pickerWith('Quiet demo');
    expect(optionTexts(picker)).toEqual(['Choose a track…', 'Reference master · Someone', 'Quiet demo']);
    fireEvent.change(screen.getByLabelText('Find a track to compare'), { target: { value: 'quiet' } });
    expect(optionTexts(picker)).toEqual(['Choose a track…', 'Quiet demo']);
  });

  it('switches between the two tracks with the button and the X key, the louder one turned down', async () => {
    const onPlay = vi.fn();
    const { a, b } = renderCompare({ start_ms: 30_000, end_ms: 45_000 }, mine, onPlay);
    expect(a.getAttribute('preload')).toBe('none'); // nothing loads before there is a B
    const picker = await pickerWith('Reference master · Someone');
    fireEvent.change(picker, { target: { value: library[1]?.id } });

    expect(b.getAttribute('src')).toBe(`/api/reference/tracks/${library[1]?.id}/audio`);
    expect(screen.getByTestId('ab-gains').textContent).toBe(
      'Loudness-matched: A 0.0 dB, B −3.2 dB (A −14.0 LUFS, B −10.8 LUFS)',
    );
    expect(screen.getByText(/Looping 0:30\.0–0:45\.0 on both/)).toBeTruthy();
    expect(hearing()).toBe('Hearing A: My mix');
    expect([a.volume, b.volume]).toEqual([1, 0]);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Play the comparison' }));
    });
    expect(play).toHaveBeenCalledTimes(2); // both sides run together
    expect(onPlay).toHaveBeenCalledOnce(); // the page pauses its own player
    expect(screen.getByRole('button', { name: 'Pause the comparison' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Switch to B/ }));
    expect(hearing()).toBe('Hearing B: Reference master');
    expect(a.volume).toBe(0);
    expect(b.volume).toBeCloseTo(10 ** (-3.2 / 20), 6);

    fireEvent.keyDown(document, { key: 'x' });
    expect(hearing()).toBe('Hearing A: My mix');
    expect([a.volume, b.volume]).toEqual([1, 0]);
  });

  it('turns A down against a quieter B, and ignores X while typing', async () => {
    renderCompare();
    const picker = await pickerWith('Quiet demo');
    fireEvent.change(picker, { target: { value: library[2]?.id } });
    expect(screen.getByTestId('ab-gains').textContent).toBe(
      'Loudness-matched: A −6.0 dB, B 0.0 dB (A −14.0 LUFS, B −20.0 LUFS)',
    );
    const search = screen.getByLabelText('Find a track to compare');
    search.focus();
    fireEvent.keyDown(search, { key: 'x' });
    expect(hearing()).toBe('Hearing A: My mix');
  });

  it('says when the tracks cannot be matched, since A has no loudness yet', async () => {
    renderCompare(null, { ...mine, integrated_lufs: null });
    const picker = await pickerWith('Quiet demo');
    fireEvent.change(picker, { target: { value: library[2]?.id } });
    expect(screen.getByTestId('ab-gains').textContent).toBe(
      'Not loudness-matched: a track has no measured loudness yet, so both play as they are.',
    );
  });
});
