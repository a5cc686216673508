import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { json } from '@/test/held-api';
import type { AnalysisWire } from './api';
import { analysisRow, frameBytes, manifest, results, TRACK_ID } from './test-data';
import { TrackAnalysis } from './track-analysis';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A server with the track's analyses and the completed one's frames (a minute at 100 ms). */
function serve(analyses: AnalysisWire[]) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const { pathname } = new URL(url, 'http://localhost');
      if (pathname.endsWith('/analyses')) return json({ data: analyses, page: { limit: 10, next_cursor: null } });
      if (pathname.endsWith('/manifest')) return json({ data: manifest(100, 600) });
      if (pathname.includes('/chunks/')) return new Response(frameBytes(0, 600));
      if (pathname.endsWith('/events')) return json({ data: [], page: { limit: 200, next_cursor: null } });
      return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
    }),
  );
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  render(
    <QueryClientProvider client={client}>
      <TrackAnalysis trackId={TRACK_ID} positionMs={0} onSeek={() => undefined} />
    </QueryClientProvider>,
  );
}

describe('TrackAnalysis', () => {
  it('shows the numbers and the drawings of the completed analysis while a new one runs', async () => {
    serve([
      analysisRow({ id: '00000000-0000-4000-8000-0000000000b2', status: 'running', progress: 12 }),
      analysisRow({ status: 'completed', progress: 100, results: results(), completed_at: '2026-12-06T10:01:00.000Z' }),
    ]);
    expect((await screen.findByRole('progressbar')).getAttribute('aria-valuenow')).toBe('12');
    const numbers = screen.getByLabelText('Analysis numbers');
    expect(within(numbers).getByText('−9.0 LUFS')).toBeTruthy();
    expect(within(numbers).getByText('A minor')).toBeTruthy();
    // The drawings (their roles and names are the drawings' own tests).
    expect((await screen.findByLabelText('Waveform')).tagName).toBe('CANVAS');
    expect(screen.getByLabelText('Loudness curve').tagName).toBe('CANVAS');
    expect(screen.getByLabelText('Spectrogram').tagName).toBe('CANVAS');
    expect(screen.getByLabelText('Seek in the waveform')).toBeTruthy();
  });

  it('shows only the status before the first analysis completes', async () => {
    serve([analysisRow({ status: 'queued' })]);
    expect(await screen.findByText('Waiting to be analysed…')).toBeTruthy();
    expect(screen.queryByLabelText('Analysis numbers')).toBeNull();
    expect(screen.queryByLabelText('Waveform')).toBeNull();
  });
});
