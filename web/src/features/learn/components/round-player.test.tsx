import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { json } from '@/test/held-api';
import type { RoundResultWire, RoundWire } from '../api/types';
import { createSynth } from '../audio/synth';
import { RoundPlayer } from './round-player';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const drillId = '00000000-0000-4000-8000-0000000000d1';
const round: RoundWire = {
  id: '00000000-0000-4000-8000-0000000000a1',
  drill_id: drillId,
  purpose: 'practice',
  questions: [
    {
      prompt: 'Which interval do you hear?',
      sound: { kind: 'notes', midi: [60, 64], style: 'melodic', gap_ms: 700 },
      choices: ['Major 2nd', 'Major 3rd', 'Perfect 5th'],
    },
    {
      prompt: 'Which rhythm do you hear?',
      sound: { kind: 'rhythm', tempo_bpm: 90, beats_per_bar: 4, onsets: [0, 1, 1.5, 2], length_beats: 4 },
      choices: ['q ee h', 'q q h', 'h h'],
    },
  ],
  issued_at: '2026-12-07T10:00:00.000Z',
  expires_at: '2026-12-07T10:30:00.000Z',
};

const stats = {
  sessions: 1,
  total_correct: 2,
  total_questions: 2,
  total_time_seconds: 20,
  last_score: 100,
  best_score: 100,
  current_streak: 1,
  best_streak: 1,
  last_attempt_at: '2026-12-07T10:00:20.000Z',
  schedule: { due: null, state: 1, reps: 1, lapses: 0, scheduled_days: 0, last_review: null },
};
const result: RoundResultWire = {
  round_id: round.id,
  purpose: 'practice',
  score: 100,
  correct: 2,
  total: 2,
  time_seconds: 20,
  answers: [
    { chosen: 1, answer: 1, correct: true },
    { chosen: 0, answer: 0, correct: true },
  ],
  stats,
  reward: null,
  suggested_rating: 'good',
};

function renderPlayer(onResult = vi.fn()) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <RoundPlayer drillId={drillId} purpose="practice" synth={createSynth()} onResult={onResult} />
    </QueryClientProvider>,
  );
  return onResult;
}

describe('RoundPlayer', () => {
  it('asks for a round on Start, takes one answer by click and one by its number key, then sends them', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.endsWith('/rounds') ? json({ data: round }, 201) : json({ data: result }),
    );
    vi.stubGlobal('fetch', fetch);
    const onResult = renderPlayer();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(await screen.findByRole('heading', { name: 'Question 1 of 2' })).toBeTruthy();
    const [issueUrl, issueInit] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(issueUrl).toBe(`/api/learn/drills/${drillId}/rounds`);
    expect(JSON.parse(String(issueInit.body))).toEqual({ purpose: 'practice' });

    fireEvent.click(screen.getByRole('button', { name: 'Major 3rd' }));
    expect(screen.getByRole('heading', { name: 'Question 2 of 2' })).toBeTruthy();
    // A rhythm question shows its notation and the legend.
    expect(screen.getByText('How to read the rhythms')).toBeTruthy();
    fireEvent.keyDown(window, { key: '1' });
    await waitFor(() => expect(onResult).toHaveBeenCalled());
    const [submitUrl, submitInit] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect(submitUrl).toBe(`/api/learn/drills/${drillId}/submit`);
    expect(JSON.parse(String(submitInit.body))).toEqual({ round_id: round.id, answers: [1, 0] });
  });

  it('says when a round expired and offers a new one', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.endsWith('/rounds')
          ? json({ data: round }, 201)
          : json({ error: { code: 'round_expired', message: 'This round has expired.' } }, 409),
      ),
    );
    const onResult = renderPlayer();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('heading', { name: 'Question 1 of 2' });
    fireEvent.keyDown(window, { key: '2' });
    fireEvent.keyDown(window, { key: '3' });
    expect((await screen.findByRole('alert')).textContent).toMatch(/This round expired/);
    expect(screen.getByRole('button', { name: 'Start a new round' })).toBeTruthy();
    expect(onResult).not.toHaveBeenCalled();
  });
});
