import { QueryClientProvider, QueryObserver } from '@tanstack/react-query';
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json } from '@/test/held-api';
import { useEventStream } from './events';
import { queryClient } from './query-client';
import { planKeys, todayKeys } from './query-keys';
import { SYNC_POLL_MS, type SyncStateWire, staleKeys } from './sync-poll';

/** An EventSource the test opens and breaks. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static all: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.all.push(this);
  }
  addEventListener() {}
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  open() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  /** A failure the browser does not retry by itself (a 401, a 429). */
  fail() {
    this.readyState = FakeEventSource.CLOSED;
    this.onerror?.();
  }
  static latest(): FakeEventSource {
    return FakeEventSource.all.at(-1) as FakeEventSource;
  }
}

const state = (over: Partial<SyncStateWire> = {}): SyncStateWire => ({
  progress: {
    level: 1,
    total_xp: 0,
    xp_into_level: 0,
    xp_for_next_level: 100,
    progress_percent: 0,
    coins: 0,
    daily_streak: 0,
  },
  badges: { habits_due: 0, quests_claimable: 0, inbox_unread: 0, reviews_due: 0 },
  focus: { session_id: null, status: 'idle', mode: null, ends_at: null, paused_at: null },
  plan: { date: '2026-05-04', total: 1, completed: 0, updated_at: null },
  server_time: '2026-05-04T08:00:00.000Z',
  ...over,
});

/** `GET /api/sync/poll` with an ETag per version of the state; a plan read for a page on screen. */
function fakeServer() {
  let version = 1;
  let current = state();
  const polls: Array<string | null> = [];
  let planReads = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url.startsWith('/api/sync/poll')) {
        const sent = (init?.headers as Record<string, string> | undefined)?.['if-none-match'] ?? null;
        polls.push(sent);
        const etag = `"v${version}"`;
        if (sent === etag) return new Response(null, { status: 304, headers: { etag } });
        return json({ data: { ...current, server_time: new Date().toISOString() } }, 200, { etag });
      }
      if (url.startsWith('/api/plan')) {
        planReads += 1;
        return json({ data: { date: '2026-05-04' } });
      }
      return json({ data: {} });
    }),
  );
  return {
    polls,
    planReads: () => planReads,
    change: (next: SyncStateWire) => {
      version += 1;
      current = next;
    },
  };
}

function App() {
  useEventStream();
  return null;
}

/** Lets `ms` pass on the fake clock; React renders what happened meanwhile when it ends. */
const pass = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  FakeEventSource.all = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  queryClient.clear();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('polling while the event stream is down', () => {
  it('does not poll while the stream is open', async () => {
    const server = fakeServer();
    render(
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>,
    );
    act(() => FakeEventSource.latest().open());
    await pass(4 * SYNC_POLL_MS);
    expect(server.polls).toEqual([]);
  });

  it('polls every few seconds with the last ETag, refreshes what changed, and stops when the stream is back', async () => {
    const server = fakeServer();
    // A page showing the day's plan, so a refresh of the plan is a read we can count.
    const plan = new QueryObserver(queryClient, {
      queryKey: planKeys.day('2026-05-04'),
      queryFn: () => fetch('/api/plan?date=2026-05-04').then((r) => r.json()),
      staleTime: Number.POSITIVE_INFINITY,
    });
    const unsubscribe = plan.subscribe(() => {});
    render(
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>,
    );
    act(() => FakeEventSource.latest().open());
    await pass(0);
    const readsBefore = server.planReads();

    act(() => FakeEventSource.latest().fail());
    await pass(SYNC_POLL_MS - 100);
    expect(server.polls).toEqual([]); // not at the first hiccup
    await pass(100);
    expect(server.polls).toEqual([null]);
    const readsAfterFirst = server.planReads();
    expect(readsAfterFirst).toBe(readsBefore + 1); // the first answer: anything may have changed

    await pass(SYNC_POLL_MS);
    expect(server.polls).toEqual([null, '"v1"']); // 304: nothing to refresh
    expect(server.planReads()).toBe(readsAfterFirst);

    server.change(state({ plan: { date: '2026-05-04', total: 1, completed: 1, updated_at: null } }));
    await pass(SYNC_POLL_MS);
    expect(server.polls).toEqual([null, '"v1"', '"v1"']);
    expect(server.planReads()).toBe(readsAfterFirst + 1);

    // The stream is back (events.ts opened it again after its retry delay): polling stops.
    act(() => FakeEventSource.latest().open());
    const count = server.polls.length;
    await pass(4 * SYNC_POLL_MS);
    expect(server.polls).toHaveLength(count);
    unsubscribe();
  });

  it('polls when this browser has no EventSource at all', async () => {
    vi.stubGlobal('EventSource', undefined);
    const server = fakeServer();
    render(
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>,
    );
    await pass(SYNC_POLL_MS);
    await pass(SYNC_POLL_MS);
    expect(server.polls).toEqual([null, '"v1"']);
  });
});

describe('staleKeys', () => {
  it('names the queries each changed part feeds, with Today', () => {
    const before = state();
    expect(staleKeys(before, { ...before, server_time: 'later' })).toEqual([]);
    const keys = staleKeys(before, {
      ...before,
      badges: { ...before.badges, inbox_unread: 2 },
      focus: { ...before.focus, status: 'active' },
    });
    expect(keys).toEqual([['inbox'], ['focus'], todayKeys.all]);
    expect(staleKeys(undefined, before)).toContainEqual(['gamification']);
  });
});
