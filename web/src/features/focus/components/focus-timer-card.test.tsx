import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import type { FocusSessionWire } from '../utils/timer';
import { FocusTimerCard, type PresetChoice } from './focus-timer-card';

const ID = '00000000-0000-4000-8000-0000000000aa';
const lengths = { focus_minutes: 25, short_break_minutes: 5, long_break_minutes: 15, sessions_before_long_break: 4 };
const presets: PresetChoice[] = [{ id: 'defaults', name: 'Your defaults', summary: '25/5/15 min', lengths }];

/** A session as the server describes it `remaining` seconds before its end. */
function session(remaining: number, over: Partial<FocusSessionWire> = {}): FocusSessionWire {
  const now = new Date();
  return {
    id: ID,
    mode: 'focus',
    status: 'active',
    duration_seconds: 1500,
    label: 'Mix the chorus',
    started_at: now.toISOString(),
    ended_at: null,
    focused_seconds: 1500 - remaining,
    remaining_seconds: remaining,
    paused_seconds: 0,
    pause_count: 0,
    paused_at: null,
    ends_at: new Date(now.getTime() + remaining * 1000).toISOString(),
    xp_awarded: 0,
    coins_awarded: 0,
    now: now.toISOString(),
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    ...over,
  };
}

const json = (data: unknown, status = 200) =>
  new Response(JSON.stringify({ data }), { status, headers: { 'content-type': 'application/json' } });

function setup(active: FocusSessionWire | null, onPost?: (url: string) => Response, url = '/focus') {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST') return onPost?.(url) ?? json(null);
    return json(active);
  });
  vi.stubGlobal('fetch', fetchMock);
  render(
    <MemoryRouter initialEntries={[url]}>
      <QueryClientProvider client={createQueryClient()}>
        <FocusTimerCard presets={presets} defaultPresetId="defaults" focusSessionsToday={0} pollMs={false} />
      </QueryClientProvider>
    </MemoryRouter>,
  );
  return fetchMock;
}

const clock = () => screen.getByRole('timer').textContent;
const advance = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-05-01T10:00:00.000Z') });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('FocusTimerCard', () => {
  it('shows the time the server reports and counts down each second', async () => {
    setup(session(90));
    await advance(0);
    expect(clock()).toBe('1:30');
    expect(screen.getByText('Running')).toBeTruthy();
    // Each second boundary is passed by a few milliseconds before the display moves.
    await advance(10_050);
    expect(clock()).toBe('1:20');
    await advance(61_000);
    expect(clock()).toBe('0:19');
  });

  it('stands still while paused', async () => {
    setup(session(754, { status: 'paused', ends_at: null, paused_at: new Date().toISOString() }));
    await advance(0);
    expect(clock()).toBe('12:34');
    expect(screen.getByText('Paused')).toBeTruthy();
    await advance(30_000);
    expect(clock()).toBe('12:34');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('completes the session by itself when the time runs out, once', async () => {
    const posts: string[] = [];
    setup(session(3), (url) => {
      posts.push(url);
      const closed = session(0, { status: 'completed', ends_at: null, ended_at: new Date().toISOString() });
      return json({ session: closed, reward: null });
    });
    await advance(0);
    expect(posts).toEqual([]);
    await advance(3_100);
    expect(posts).toEqual([`/api/focus/${ID}/complete`]);
    await advance(5_000);
    expect(posts).toHaveLength(1);
    // The next mode is offered: a short break after the first focus session.
    expect(screen.getByRole('button', { name: 'Start short break' })).toBeTruthy();
  });

  it('starts a session with the chosen length', async () => {
    const fetchMock = setup(null, () => json(session(600, { duration_seconds: 600 }), 201));
    await advance(0);
    expect(clock()).toBe('25:00');
    fireEvent.change(screen.getByLabelText('Length in minutes'), { target: { value: '10' } });
    expect(clock()).toBe('10:00');
    fireEvent.click(screen.getByRole('button', { name: 'Start focus' }));
    await advance(0);
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(post?.[0]).toBe('/api/focus');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ mode: 'focus', duration_seconds: 600 });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
  });

  it('takes the length a link asks for, and ignores one it cannot use', async () => {
    setup(null, undefined, '/focus?start=50');
    await advance(0);
    expect(clock()).toBe('50:00');
    cleanup();
    setup(null, undefined, '/focus?start=999');
    await advance(0);
    expect(clock()).toBe('25:00');
  });

  it('refuses a length out of range without calling the server', async () => {
    const fetchMock = setup(null);
    await advance(0);
    fireEvent.change(screen.getByLabelText('Length in minutes'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start focus' }));
    expect(screen.getByText('Enter a whole number of minutes from 1 to 240.')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });
});
