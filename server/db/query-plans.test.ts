import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogueNames } from '#common/contracts/admin';
import { type SeededIds, seedEveryModule } from '../test/every-module';
import { signUp, type TestUser } from '../test/factories';
import { createTestApp, type TestApp } from '../test/harness';
import { explainable, planProblems, type Statement, userOwnedTables } from '../test/plans';
import { registeredRoutes } from '../test/routes';
import { listen, openSse } from '../test/sse';
import { queryObserver } from './client';

/**
 * SPEC §9: every list query is served by an index. Every GET route of the API is called on a
 * small data set made through the API; each statement it sends is captured with its parameters
 * and explained with sequential scans and sorts disabled, so PostgreSQL takes an index whenever
 * one can serve. No plan may read a user-owned table in full (a Seq Scan, or an index whose
 * first column the query does not bound), nor cut a page from rows it sorted in memory.
 *
 * The plans are PostgreSQL's, so the check runs on the PostgreSQL server (`npm run test:pg`);
 * on embedded PGlite only the list of routes is checked, which keeps the embedded run cheap.
 */

/**
 * What to request for each GET route. A URL with `limit=1` must have a second page, which is
 * requested too (keyset pagination with a cursor). A function drives a route `inject` cannot.
 */
type Read = string | ((user: TestUser) => Promise<void>);
const reads: Record<string, (ids: SeededIds) => Read[]> = {
  'GET /api/health': () => ['/api/health'],
  'GET /api/auth/providers': () => ['/api/auth/providers'],
  'GET /api/auth/session': () => ['/api/auth/session'],
  'GET /api/user': () => ['/api/user'],
  'GET /api/user/sessions': () => ['/api/user/sessions'],
  'GET /api/user/passkeys': () => ['/api/user/passkeys'],
  'GET /api/user/export': () => ['/api/user/export'],
  'GET /api/settings': () => ['/api/settings'],
  'GET /api/settings/:key': () => ['/api/settings/theme'],
  'GET /api/onboarding': () => ['/api/onboarding'],
  'GET /api/today': () => ['/api/today'],
  'GET /api/sync/poll': () => ['/api/sync/poll'],
  'GET /api/search': () => ['/api/search?q=gain', '/api/search?q=sidechain%20pads&kinds=idea,reference'],
  'GET /api/events': () => [streamEvents],
  'GET /api/gamification/summary': () => ['/api/gamification/summary'],
  'GET /api/gamification/streaks': () => ['/api/gamification/streaks'],
  'GET /api/gamification/skills': () => ['/api/gamification/skills'],
  'GET /api/gamification/ledger': () => ['/api/gamification/ledger?limit=1'],
  'GET /api/gamification/achievements': () => ['/api/gamification/achievements'],
  'GET /api/gamification/teaser': () => ['/api/gamification/teaser'],
  'GET /api/gamification/history': () => ['/api/gamification/history?days=90'],
  'GET /api/habits': () => ['/api/habits?limit=1', '/api/habits?archived=true'],
  'GET /api/habits/:id': (ids) => [`/api/habits/${ids.habit}`],
  'GET /api/habits/:id/history': (ids) => [`/api/habits/${ids.habit}/history`],
  'GET /api/goals': () => ['/api/goals?limit=1', '/api/goals?status=active', '/api/goals?category=music'],
  'GET /api/goals/:id': (ids) => [`/api/goals/${ids.goal}`],
  'GET /api/quests': () => ['/api/quests?limit=1', '/api/quests?status=open&limit=1', '/api/quests?status=completed'],
  'GET /api/quests/universal': () => ['/api/quests/universal'],
  'GET /api/quests/:id': (ids) => [`/api/quests/${ids.quest}`],
  'GET /api/focus': () => [
    '/api/focus?limit=1',
    '/api/focus?status=completed&mode=focus',
    '/api/focus?from=2026-03-01&to=2026-03-31&limit=1',
  ],
  'GET /api/focus/active': () => ['/api/focus/active'],
  'GET /api/focus/stats': () => ['/api/focus/stats', '/api/focus/stats?period=week', '/api/focus/stats?period=month'],
  'GET /api/focus/presets': () => ['/api/focus/presets'],
  'GET /api/focus/libraries': () => ['/api/focus/libraries?limit=1'],
  'GET /api/focus/libraries/:id': (ids) => [`/api/focus/libraries/${ids.library}`],
  'GET /api/blobs/usage': () => ['/api/blobs/usage'],
  'GET /api/feedback': () => ['/api/feedback?limit=1'],
  'GET /api/feedback/:id': (ids) => [`/api/feedback/${ids.feedback}`],
  'GET /api/admin/feedback': () => [
    '/api/admin/feedback?limit=1',
    '/api/admin/feedback?status=open&limit=1',
    '/api/admin/feedback?type=bug',
    '/api/admin/feedback?priority=normal&limit=1',
    '/api/admin/feedback?status=open&type=praise&priority=normal',
  ],
  'GET /api/admin/feedback/:id': (ids) => [`/api/admin/feedback/${ids.feedback}`],
  'GET /api/listening/templates': () => [
    '/api/listening/templates',
    '/api/listening/templates?category=stereo',
    '/api/listening/templates?difficulty=beginner&tag=vocals',
  ],
  'GET /api/listening/templates/:id': () => ['/api/listening/templates/mono_check'],
  'GET /api/listening/presets': () => ['/api/listening/presets', '/api/listening/presets?type=loop&template_id=none'],
  'GET /api/inbox': () => [
    '/api/inbox?limit=1',
    '/api/inbox?archived=true',
    '/api/inbox?unread=true&limit=1',
    '/api/inbox?kind=capture&limit=1',
  ],
  'GET /api/inbox/:id': (ids) => [`/api/inbox/${ids.inbox}`],
  'GET /api/ideas': () => [
    '/api/ideas?limit=1',
    '/api/ideas?archived=true',
    '/api/ideas?category=mixing&tag=mix&limit=1',
  ],
  'GET /api/ideas/:id': (ids) => [`/api/ideas/${ids.idea}`],
  'GET /api/infobase': () => ['/api/infobase?limit=1', '/api/infobase?archived=true', '/api/infobase?tag=mix&limit=1'],
  'GET /api/infobase/:id': (ids) => [`/api/infobase/${ids.infobase}`],
  'GET /api/references': () => ['/api/references?limit=1', '/api/references?category=mixing&limit=1'],
  'GET /api/references/:id': (ids) => [`/api/references/${ids.reference}`],
  'GET /api/calendar': () => [
    '/api/calendar?from=2026-03-01T00:00:00Z&to=2026-05-01T00:00:00Z',
    '/api/calendar?limit=1',
  ],
  'GET /api/calendar/:id': (ids) => [`/api/calendar/${ids.event}`],
  'GET /api/calendar/export.ics': () => ['/api/calendar/export.ics'],
  'GET /api/calendar/feed-token': () => ['/api/calendar/feed-token'],
  'GET /api/calendar/feed/:token.ics': (ids) => [ids.feedPath],
  'GET /api/plan': () => ['/api/plan', '/api/plan?date=2026-03-09'],
  'GET /api/reference/tracks/:id/annotations': (ids) => [
    `/api/reference/tracks/${ids.track}/annotations?limit=1`,
    `/api/reference/tracks/${ids.track}/annotations?type=mix&tag=mix`,
  ],
  'GET /api/reference/tracks/:id/annotations/:itemId': (ids) => [
    `/api/reference/tracks/${ids.track}/annotations/${ids.annotation}`,
  ],
  'GET /api/reference/tracks/:id/regions': (ids) => [`/api/reference/tracks/${ids.track}/regions?limit=1`],
  'GET /api/reference/tracks/:id/regions/:itemId': (ids) => [
    `/api/reference/tracks/${ids.track}/regions/${ids.region}`,
  ],
  'GET /api/reference/tracks': () => [
    '/api/reference/tracks?limit=1',
    '/api/reference/tracks?q=kick',
    '/api/reference/tracks?tag=mix&limit=1',
  ],
  'GET /api/reference/tracks/:id': (ids) => [`/api/reference/tracks/${ids.track}`],
  'GET /api/reference/tracks/:id/audio': (ids) => [`/api/reference/tracks/${ids.track}/audio`],
  'GET /api/reference/tracks/:id/analyses': (ids) => [`/api/reference/tracks/${ids.track}/analyses`],
  'GET /api/reference/analyses/:id': (ids) => [`/api/reference/analyses/${ids.analysis}`],
  'GET /api/market': () => ['/api/market'],
  'GET /api/market/items': () => ['/api/market/items', '/api/market/items?category=theme'],
  'GET /api/market/items/:key': () => ['/api/market/items/streak_shield'],
  'GET /api/market/rewards': () => ['/api/market/rewards'],
  'GET /api/market/purchases': () => [
    '/api/market/purchases?limit=1',
    '/api/market/purchases?state=equipped',
    '/api/market/purchases?state=active&limit=1',
    '/api/market/purchases?state=expired',
  ],
  'GET /api/market/wallet': () => ['/api/market/wallet?limit=1'],
  'GET /api/market/user-rewards': () => ['/api/market/user-rewards?limit=1'],
  'GET /api/market/recommendations': () => ['/api/market/recommendations'],
  'GET /api/learn': () => ['/api/learn'],
  'GET /api/learn/topics': () => ['/api/learn/topics'],
  'GET /api/learn/topics/:id': (ids) => [`/api/learn/topics/${ids.learnTopic}`],
  'GET /api/learn/lessons/:id': (ids) => [`/api/learn/lessons/${ids.learnLesson}`],
  'GET /api/learn/drills/:id': (ids) => [`/api/learn/drills/${ids.learnDrill}`],
  'GET /api/learn/review': () => ['/api/learn/review'],
  'GET /api/learn/progress': () => ['/api/learn/progress'],
  'GET /api/books': () => ['/api/books?limit=1', '/api/books?status=reading&limit=1'],
  'GET /api/books/stats': () => ['/api/books/stats', '/api/books/stats?year=2025'],
  'GET /api/books/:id': (ids) => [`/api/books/${ids.book}`],
  'GET /api/books/:id/sessions': (ids) => [`/api/books/${ids.book}/sessions?limit=1`],
  'GET /api/books/:id/cover': (ids) => [`/api/books/${ids.book}/cover`],
  'GET /api/exercise/exercises': () => [
    '/api/exercise/exercises?limit=1',
    '/api/exercise/exercises?source=custom&limit=1',
    '/api/exercise/exercises?source=builtin',
    '/api/exercise/exercises?muscle=quadriceps&equipment=barbell&category=strength&level=beginner',
    '/api/exercise/exercises?q=squat',
  ],
  'GET /api/exercise/exercises/:id': (ids) => [`/api/exercise/exercises/${ids.exercise}`],
  'GET /api/exercise/workouts': () => ['/api/exercise/workouts?limit=1', '/api/exercise/workouts?archived=true'],
  'GET /api/exercise/workouts/:id': (ids) => [`/api/exercise/workouts/${ids.workout}`],
  'GET /api/exercise/sessions': () => ['/api/exercise/sessions?limit=1', '/api/exercise/sessions?status=completed'],
  'GET /api/exercise/sessions/active': () => ['/api/exercise/sessions/active'],
  'GET /api/exercise/sessions/last-sets': (ids) => [`/api/exercise/sessions/last-sets?exercise_ids=${ids.exercise}`],
  'GET /api/exercise/sessions/:id': (ids) => [`/api/exercise/sessions/${ids.workoutSession}`],
  'GET /api/exercise/records': (ids) => [
    '/api/exercise/records?limit=1',
    `/api/exercise/records?exercise_id=${ids.exercise}&limit=1`,
  ],
  'GET /api/exercise/records/timeline': () => ['/api/exercise/records/timeline?limit=1'],
  'GET /api/exercise/programs': () => ['/api/exercise/programs?limit=1'],
  'GET /api/exercise/programs/:id': (ids) => [`/api/exercise/programs/${ids.program}`],
  'GET /api/exercise/stats': () => ['/api/exercise/stats', '/api/exercise/stats?weeks=52'],
  'GET /api/frames/analyses/:id/manifest': (ids) => [
    `/api/frames/analyses/${ids.analysis}/manifest`,
    `/api/frames/analyses/${ids.analysis}/manifest?hop_ms=1000`,
  ],
  'GET /api/frames/analyses/:id/chunks/:index': (ids) => [
    `/api/frames/analyses/${ids.analysis}/chunks/0`,
    `/api/frames/analyses/${ids.analysis}/chunks/1?encoding=base64`,
  ],
  'GET /api/frames/analyses/:id/frames': (ids) => [
    `/api/frames/analyses/${ids.analysis}/frames?from_ms=5000&to_ms=15000`,
    `/api/frames/analyses/${ids.analysis}/frames?from_ms=0&to_ms=25000&hop_ms=1000&encoding=base64`,
  ],
  'GET /api/frames/analyses/:id/events': (ids) => [
    `/api/frames/analyses/${ids.analysis}/events?limit=1`,
    `/api/frames/analyses/${ids.analysis}/events?from_ms=1000&to_ms=9000&event_type=beat,downbeat&limit=1`,
  ],
  // The reader is an admin. Each filter starts an index; the seed's purchases and the export above are audited.
  'GET /api/admin/audit': (ids) => [
    `/api/admin/audit?user_id=${ids.user}&limit=1`,
    '/api/admin/audit?event_type=purchase&limit=1',
    '/api/admin/audit?event_type=purchase&action=buy&limit=1',
    '/api/admin/audit?resource_type=market_item&limit=1',
    `/api/admin/audit?resource_type=user&resource_id=${ids.user}`,
    '/api/admin/audit?from=2000-01-01T00:00:00Z&to=2199-01-01T00:00:00Z&limit=1',
  ],
  // Every user's analyses: each seed's completed one, and the uploads' queued ones.
  'GET /api/admin/analyses': () => [
    '/api/admin/analyses?limit=1',
    '/api/admin/analyses?status=completed&limit=1',
    '/api/admin/analyses?status=failed',
  ],
  // One user's purchases: the seed bought four.
  'GET /api/admin/purchases': (ids) => [`/api/admin/purchases?user_id=${ids.user}&limit=1`],
  // People: the seeds' users are named `Test user …`; the reader is an admin with sessions, roles and activity.
  'GET /api/admin/users': () => ['/api/admin/users?limit=1', '/api/admin/users?q=test%20user&limit=1'],
  'GET /api/admin/users/:id': (ids) => [`/api/admin/users/${ids.user}`],
  'GET /api/admin/sessions': (ids) => [`/api/admin/sessions?user_id=${ids.user}`],
  'GET /api/admin/roles': () => ['/api/admin/roles'],
  // The first request rolls up every closed day; the later ones read the rollup and today's ranges.
  'GET /api/admin/stats': () => ['/api/admin/stats', '/api/admin/stats?days=90'],
  'GET /api/admin/tables': () => ['/api/admin/tables'],
  // Each table's unfiltered pages, and each filter with a second page where the data has one.
  'GET /api/admin/tables/:table': (ids) => [
    '/api/admin/tables/users?limit=1',
    '/api/admin/tables/audit_log?limit=1',
    '/api/admin/tables/activity_events?limit=1',
    '/api/admin/tables/points_ledger?limit=1',
    '/api/admin/tables/user_wallet?limit=1',
    '/api/admin/tables/blobs?limit=1',
    '/api/admin/tables/track_analyses?limit=1',
    '/api/admin/tables/realtime_events?limit=1',
    '/api/admin/tables/user_roles?limit=1',
    `/api/admin/tables/users?filter[id]=${ids.user}`,
    `/api/admin/tables/user_roles?filter[user_id]=${ids.user}`,
    `/api/admin/tables/audit_log?filter[user_id]=${ids.user}&limit=1`,
    '/api/admin/tables/audit_log?filter[event_type]=purchase&limit=1',
    '/api/admin/tables/audit_log?filter[resource_type]=market_item&limit=1',
    `/api/admin/tables/points_ledger?filter[user_id]=${ids.user}&limit=1`,
    `/api/admin/tables/user_wallet?filter[user_id]=${ids.user}`,
    `/api/admin/tables/user_progress?filter[user_id]=${ids.user}`,
    `/api/admin/tables/blobs?filter[user_id]=${ids.user}&limit=1`,
    `/api/admin/tables/track_analyses?filter[user_id]=${ids.user}&limit=1`,
    `/api/admin/tables/track_analyses?filter[track_id]=${ids.track}`,
    '/api/admin/tables/track_analyses?filter[status]=completed&limit=1',
    `/api/admin/tables/realtime_events?filter[user_id]=${ids.user}&limit=1`,
  ],
  // Each catalogue whole, in its index's order, and one of its rows (the first listed).
  ...Object.fromEntries(
    catalogueNames.flatMap((name) => [
      [`GET /api/admin/catalogues/${name}`, () => [`/api/admin/catalogues/${name}`]],
      [`GET /api/admin/catalogues/${name}/:id`, () => [catalogueRow(name)]],
    ]),
  ),
  'GET /api/admin/audit.csv': (ids) => [
    `/api/admin/audit.csv?user_id=${ids.user}`,
    '/api/admin/audit.csv?event_type=purchase&action=buy',
    '/api/admin/audit.csv?from=2000-01-01T00:00:00Z',
  ],
};

/** Reads the catalogue's first row through the admin route for one row. */
function catalogueRow(name: string): Read {
  return async (user) => {
    const list = await user.inject({ method: 'GET', url: `/api/admin/catalogues/${name}` });
    expect(list.statusCode, list.body).toBe(200);
    const res = await user.inject({ method: 'GET', url: `/api/admin/catalogues/${name}/${list.json().data[0].id}` });
    expect(res.statusCode, res.body).toBe(200);
  };
}

/** GET routes that read no user's rows, and why. */
const notRead: Record<string, string> = {
  'GET /api/openapi.json': 'the API document',
  'GET /api/auth/signin/:provider': 'a redirect to an identity provider (the OIDC tests drive it)',
  'GET /api/auth/callback/:provider': 'the identity provider’s redirect back (the OIDC tests drive it)',
};
const isDocs = (route: string) => route.startsWith('GET /api/docs');

/**
 * Reads whose rows may be sorted in memory, and why. Every other page must come in its order
 * from an index (`user_id` first, then the list's sort key), whatever the user's history.
 */
const sortsInMemory: Record<string, string> = {
  'GET /api/user/export': 'reads every row of the user anyway, 500 at a time in id order',
  'GET /api/search': 'ranks by relevance: it sorts only the rows that match',
  'GET /api/exercise/exercises': 'with q, ranks by relevance: it sorts only the rows that match',
  'GET /api/user/sessions':
    'a user has a few live sessions; an index on last_activity_at would make every request’s session touch a non-HOT update',
  'GET /api/admin/sessions': 'one user’s live sessions, as GET /api/user/sessions reads them',
};

/**
 * Reads over every user's rows (the admin console) whose unfiltered first page walks an index
 * from its newest end: nothing bounds the index's first column, and none needs to, since the
 * page's limit ends the walk after `limit + 1` entries. Route → the one index it may walk so.
 */
const walksFromNewest: Record<string, string> = {
  'GET /api/admin/feedback': 'feedback_created_idx',
  'GET /api/admin/analyses': 'track_analyses_created_idx',
  'GET /api/admin/users': 'users_created_at_idx',
};

/**
 * The table browser's unfiltered pages walk the table's page-order index from its newest end in
 * the same way, whichever allow-listed table they read (tables.allowlist.ts; tables.test.ts checks
 * each order has an index).
 */
const browsesFromNewest = (problem: string) =>
  /^\/api\/admin\/tables\/\w+\?limit=\d+(&cursor=[^:]*)?: Index (Only )?Scan reads all of \w+ on \w+ \(condition: none\)$/.test(
    problem.split('\n')[0] ?? '',
  );

/**
 * Reads of the stats page that take all of a table or an index, and why. Route → the plan
 * problem the check reports → the reason it is the right plan.
 */
const readsWhole: Record<string, Record<string, string>> = {
  'GET /api/admin/stats': {
    'Seq Scan on blobs':
      'storage in use is the sum of the stored files’ sizes; files are deleted at any time, so no daily rollup can carry it (docs/RULES.md "Admin")',
    'Bitmap Index Scan reads all of track_analyses_one_open_per_track on track_analyses (condition: none)':
      'the queue depth: that partial index holds exactly the queued and running analyses',
  },
};

const isWholeRead = (problem: string) => {
  const first = problem.split('\n')[0] ?? '';
  return Object.entries(readsWhole).some(([route, allowed]) =>
    Object.keys(allowed).some((what) => first.startsWith(route.slice('GET '.length)) && first.endsWith(`: ${what}`)),
  );
};

/** Whether a plan problem is only such a walk: that index, read without a bound, for `?limit=N` alone. */
const isWalkFromNewest = (problem: string) => {
  const first = problem.split('\n')[0] ?? '';
  return Object.entries(walksFromNewest).some(([route, index]) => {
    const path = route.slice('GET '.length);
    return (
      first.startsWith(`${path}?limit=`) &&
      /^[^:&]+\?limit=\d+: /.test(first) &&
      new RegExp(`: Index Scan reads all of ${index} on \\w+ \\(condition: none\\)$`).test(first)
    );
  });
};

/** The event stream, opened over HTTP with a Last-Event-ID so it replays, then closed. */
let baseUrl: string | undefined;
async function streamEvents(user: TestUser): Promise<void> {
  baseUrl ??= await listen(t.app);
  const sse = await openSse(`${baseUrl}/api/events`, { cookie: user.cookie, 'last-event-id': '1' });
  try {
    expect(sse.status).toBe(200);
    await sse.waitForComment('connected');
  } finally {
    sse.close();
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** What the observer saw, each statement labelled with the request that sent it. */
const captured: Statement[] = [];
let current = { route: '', url: '' };
const observe = () => {
  queryObserver.current = (sql, params) => captured.push({ ...current, sql, params });
};

/** `user`, with each of its requests labelling the statements it sends. */
function labelling(user: TestUser): TestUser {
  return {
    ...user,
    inject(opts) {
      const url = String(opts.url);
      current = { route: `${opts.method ?? 'GET'} ${url.split('?')[0]?.replace(UUID, ':id')}`, url };
      return user.inject(opts);
    },
  };
}

let t: TestApp;
beforeAll(async () => {
  // The data is made through the API in one go: more writes than a minute's budget allows a person.
  t = await createTestApp({ env: { RATE_LIMIT_WRITE: '1000' } });
});
afterAll(() => t.close());

describe('GET routes', () => {
  it('each have reads to explain, or a reason why they read no user’s rows', () => {
    const routes = registeredRoutes(t.app)
      .filter((r) => r.method === 'GET')
      .map((r) => `GET ${r.url}`)
      .filter((route) => !isDocs(route));
    const missing = routes.filter((route) => !(route in reads) && !(route in notRead));
    const stale = [
      ...Object.keys(reads),
      ...Object.keys(notRead),
      ...Object.keys(sortsInMemory),
      ...Object.keys(walksFromNewest),
      ...Object.keys(readsWhole),
    ].filter((route) => !routes.includes(route));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });
});

describe.skipIf(!inject('databaseUrl'))('query plans (PostgreSQL server)', () => {
  let user: TestUser;
  let ids: SeededIds;
  let writes: Statement[];
  beforeAll(async () => {
    t.clock.set('2026-03-10T08:00:00Z');
    observe();
    try {
      await seedEveryModule(t, labelling(await signUp(t)));
      // An admin, so the admin console's reads answer too.
      user = await signUp(t, { roles: ['admin'] });
      const seeding = labelling(user);
      ids = await seedEveryModule(t, seeding);
      // A running focus session, paused, for the reads that show one.
      const payload = { mode: 'focus', duration_seconds: 1500 };
      const focus = await seeding.inject({ method: 'POST', url: '/api/focus', payload });
      expect(focus.statusCode, focus.body).toBe(201);
      const paused = await seeding.inject({ method: 'POST', url: `/api/focus/${focus.json().data.id}/pause` });
      expect(paused.statusCode, paused.body).toBe(200);
    } finally {
      queryObserver.current = null;
    }
    writes = captured.splice(0);
  }, 180_000);

  /** Calls every read as `user`, following a first page's cursor, and returns what they sent. */
  async function captureReads(): Promise<Statement[]> {
    observe();
    try {
      for (const [route, make] of Object.entries(reads)) {
        for (const read of make(ids)) {
          if (typeof read !== 'string') {
            current = { route, url: route };
            await read(user);
            continue;
          }
          let url: string | null = read;
          while (url) {
            current = { route, url };
            const res = await user.inject({ method: 'GET', url });
            expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
            const paged: boolean = url === read && /[?&]limit=1\b/.test(url);
            const cursor: string | null = paged ? res.json().page?.next_cursor : null;
            if (paged) expect(cursor, `${url} should have a second page to read with its cursor`).toBeTruthy();
            url = cursor ? `${read}&cursor=${encodeURIComponent(cursor)}` : null;
          }
        }
      }
    } finally {
      queryObserver.current = null;
    }
    return captured.splice(0);
  }

  const maySort = (route: string) => route in sortsInMemory;

  it('reads never scan a user-owned table in full, on a first page or a later one', async () => {
    expect(userOwnedTables.size).toBeGreaterThan(50);
    const statements = explainable(await captureReads());
    expect(statements.length).toBeGreaterThan(100);
    const problems = (await planProblems(t.database, statements, maySort)).filter(
      (p) => !isWalkFromNewest(p) && !browsesFromNewest(p) && !isWholeRead(p),
    );
    expect(problems.join('\n\n'), 'Reads that scan more than they return').toBe('');
  });

  it('the writes that made the data find the rows they read and change through an index', async () => {
    const statements = explainable(writes);
    expect(statements.length).toBeGreaterThan(100);
    const problems = await planProblems(t.database, statements, maySort);
    expect(problems.join('\n\n'), 'Writes that scan more than they change').toBe('');
  });
});
