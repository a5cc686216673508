import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload } from '#common/contracts/events';
import { dispatch } from '@/lib/events';
import { queryClient } from '@/lib/query-client';
import { json } from '@/test/held-api';
import { AnalysisStatus } from './analysis-status';
import { ANALYSIS_POLL_MS, type AnalysisWire } from './api';
import { analysisRow, results, TRACK_ID } from './test-data';

afterEach(() => {
  cleanup();
  queryClient.clear();
  vi.unstubAllGlobals();
});

/** A server holding the track's analyses; a POST queues a new one. */
function serve(initial: AnalysisWire[]) {
  const state = { list: initial, calls: [] as string[] };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      state.calls.push(`${method} ${url}`);
      if (method === 'POST') {
        const queued = analysisRow({ id: '00000000-0000-4000-8000-0000000000b2', status: 'queued' });
        state.list = [queued, ...state.list];
        return json({ data: queued }, 202);
      }
      return json({ data: state.list, page: { limit: 10, next_cursor: null } });
    }),
  );
  queryClient.setDefaultOptions({ queries: { retry: false } });
  render(
    <QueryClientProvider client={queryClient}>
      <AnalysisStatus trackId={TRACK_ID} />
    </QueryClientProvider>,
  );
  return state;
}

const progress = (data: Partial<EventPayload<'analysis_progress'>>) =>
  act(async () => {
    dispatch({
      id: String(Math.random()),
      type: 'analysis_progress',
      created_at: new Date().toISOString(),
      data: { track_id: TRACK_ID, status: 'running', progress: 0, error: null, ...data },
    });
  });

describe('AnalysisStatus', () => {
  it('shows a queued analysis, then its progress live from the stream without asking the server', async () => {
    const server = serve([analysisRow({ status: 'queued' })]);
    expect(await screen.findByText('Waiting to be analysed…')).toBeTruthy();
    const requests = server.calls.length;

    await progress({ progress: 0.45 });
    const bar = screen.getByRole('progressbar', { name: 'Analysis progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('45');
    expect(bar.getAttribute('aria-valuetext')).toBe('45%');
    await progress({ progress: 0.8 });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('80');
    // Another track's progress changes nothing here.
    await progress({ track_id: '00000000-0000-4000-8000-0000000000ff', progress: 0.1 });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('80');
    expect(server.calls.length).toBe(requests);

    server.list = [
      analysisRow({ status: 'completed', progress: 100, results: results(), completed_at: new Date().toISOString() }),
    ];
    await progress({ status: 'completed', progress: 1 });
    expect(await screen.findByText(/^Analysed/)).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows the server’s reason when the analysis fails, and queues another on "Analyse again"', async () => {
    const server = serve([analysisRow({ status: 'running', progress: 30 })]);
    expect((await screen.findByRole('progressbar')).getAttribute('aria-valuenow')).toBe('30');

    const reason = 'The audio file is damaged or incomplete, so it could not be analysed. The track still plays.';
    server.list = [analysisRow({ status: 'failed', error: reason })];
    await progress({ status: 'failed', progress: 0, error: reason });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The analysis failed');
    expect(alert.textContent).toContain(reason);

    fireEvent.click(screen.getByRole('button', { name: 'Analyse again' }));
    expect(await screen.findByText('Waiting to be analysed…')).toBeTruthy();
    expect(server.calls).toContain(`POST /api/reference/tracks/${TRACK_ID}/analyses`);
  });

  it('says when an attempt failed and will be tried again, and when an analysis was cancelled', async () => {
    const server = serve([analysisRow({ status: 'queued', error: 'Reading the file failed.' })]);
    expect(
      await screen.findByText(/The last attempt failed: Reading the file failed\. It will be tried again\./),
    ).toBeTruthy();

    server.list = [analysisRow({ status: 'cancelled' })];
    await progress({ status: 'cancelled', progress: 0 });
    expect(await screen.findByText('The analysis was cancelled.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Analyse again' })).toBeTruthy();
  });

  it('offers to analyse a track that has no analysis', async () => {
    const server = serve([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Analyse' }));
    await waitFor(() => expect(screen.getByText('Waiting to be analysed…')).toBeTruthy());
    expect(server.calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
  });

  it('reads an unfinished analysis again every few seconds while the event stream is down', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const server = serve([analysisRow({ status: 'running', progress: 10 })]);
      expect((await screen.findByRole('progressbar')).getAttribute('aria-valuenow')).toBe('10');
      server.list = [analysisRow({ status: 'running', progress: 60 })];
      await act(async () => {
        await vi.advanceTimersByTimeAsync(ANALYSIS_POLL_MS);
      });
      await waitFor(() => expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('60'));

      server.list = [analysisRow({ status: 'completed', progress: 100, results: results() })];
      await act(async () => {
        await vi.advanceTimersByTimeAsync(ANALYSIS_POLL_MS);
      });
      await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
      const reads = server.calls.length;
      await act(async () => {
        await vi.advanceTimersByTimeAsync(3 * ANALYSIS_POLL_MS);
      });
      expect(server.calls.length).toBe(reads); // finished: no more reads
    } finally {
      vi.useRealTimers();
    }
  });
});
