/**
 * Request throughput and latency of the app on the seeded data set (bench/seed.ts), next to a
 * bare Fastify baseline run on the same machine in the same run (SPEC §9 reports every figure
 * beside the baseline as a ratio). Embedded PGlite in DATA_DIR (./data) by default, or the
 * PostgreSQL server in DATABASE_URL. When the bench users are missing, belong to another
 * BENCH_SEED or were seeded on another day, it runs the seed first.
 *
 *   npm run bench:http               CONNECTIONS=32 WRITE_CONNECTIONS=8 DURATION=10 WARMUP=1 (s)
 *   npm run bench:http -- --runs 3 --json bench/results/http.json
 *   npm run bench:http -- --only today_heavy,habit_complete
 *
 * docs/PERFORMANCE.md describes each scenario.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { benchSeed, benchToken, HEAVY_USER, NEW_USER, NEW_USERS } from './seed/identity';
import { type ServerProcess, startServer } from './server-process';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '1' }, json: { type: 'string' }, only: { type: 'string' } },
});
const runs = Math.max(1, Number(args.runs));
const readConnections = Number(process.env.CONNECTIONS ?? 32);
const writeConnections = Number(process.env.WRITE_CONNECTIONS ?? 8);
const duration = Number(process.env.DURATION ?? 10);
const warmup = Number(process.env.WARMUP ?? 1);
const driver = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const dataDir = path.resolve(process.env.DATA_DIR ?? './data');
const seed = benchSeed();
const BASELINE_PORT = 8182;
const SETTLE_MS = 1000;

export interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** One request of a write iteration, named so its responses can be told apart. */
interface Step {
  name: string;
  method: 'POST' | 'DELETE';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  setupRequest?: (request: autocannon.Request, context: Record<string, unknown>) => autocannon.Request | null;
}

interface Scenario {
  name: string;
  connections: number;
  /** What one iteration is, when it is not one request. */
  note?: string;
  run(seconds: number): Promise<Figures>;
}

const cookieOf = (index: number) => `cadence_session=${benchToken(seed, index)}`;
/** The heavy user, and light users with a few weeks of history (past the newest sign-ups). */
const LIGHT = (n: number) => NEW_USERS + 1 + n;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** One autocannon run of GETs; `users` gives each connection its own user (by index), round robin. */
async function read(url: string, connections: number, users: number[] | null, seconds: number): Promise<Figures> {
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    ...(users
      ? {
          setupClient: (client: autocannon.Client) => {
            client.setHeaders({ cookie: cookieOf(users[next++ % users.length] as number) });
          },
        }
      : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * Writes of several steps per iteration, one user per connection. Each step's response is
 * attributed to it, and the figures are those of `measured` (a step name, or `iteration` for
 * the sum of the steps' latencies).
 */
async function write(
  base: string,
  writers: { cookie: string; steps: Step[] }[],
  measured: string,
  seconds: number,
): Promise<Figures> {
  const latencies: number[] = [];
  const state = new WeakMap<object, { step: string; sum: number }>();
  let next = 0;
  let errors = 0;
  const options: autocannon.Options = {
    url: base,
    connections: writers.length,
    duration: seconds,
    setupClient: (client) => {
      const writer = writers[next++ % writers.length] as (typeof writers)[number];
      const s = { step: '', sum: 0 };
      state.set(client, s);
      client.setRequests(
        writer.steps.map(
          ({ name, onResponse, ...step }) =>
            ({
              ...step,
              headers: { cookie: writer.cookie, origin: base, ...step.headers },
              onResponse: (status: number, body: string, context: Record<string, unknown>) => {
                s.step = name;
                onResponse?.(status, body, context);
              },
            }) as autocannon.Request,
        ),
      );
    },
  };
  let instance: autocannon.Instance | undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
  });
  instance?.on('response', (client: object, statusCode: number, _bytes: number, responseTime: number) => {
    const s = state.get(client);
    if (!s) return;
    if (statusCode >= 300) errors++;
    if (measured === 'iteration') {
      const steps = writers[0]?.steps ?? [];
      s.sum = s.step === steps[0]?.name ? responseTime : s.sum + responseTime;
      if (s.step === steps.at(-1)?.name) {
        latencies.push(s.sum);
        s.sum = 0;
      }
    } else if (s.step === measured) latencies.push(responseTime);
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / seconds,
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    p99: Math.round(percentile(latencies, 99) * 10) / 10,
    errors: errors + result.errors + result.timeouts,
  };
}

async function getJson<T>(url: string, cookie: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url, { headers: { cookie } });
  return { status: response.status, body: (await response.json()) as T };
}

/** Why the seeded data cannot be used as it is, or null when it can. */
async function dataProblem(base: string): Promise<string | null> {
  const user = await getJson(`${base}/api/user`, cookieOf(HEAVY_USER));
  if (user.status === 401) return `no bench users of seed ${seed}`;
  const poll = await getJson<{ data: { plan: { total: number } } }>(`${base}/api/sync/poll`, cookieOf(HEAVY_USER));
  if (poll.body.data.plan.total === 0) return 'the bench data was seeded on another day';
  return null;
}

async function runSeed(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/seed.ts'], { stdio: 'inherit' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench:seed exited with ${code}`))));
  });
}

interface Writer {
  index: number;
  cookie: string;
  habitId: string;
  today: string;
}

/** Each writer's habit due today and not done (undoing a completion a stopped run left behind). */
async function writers(base: string, count: number): Promise<Writer[]> {
  type Habit = { id: string; due_today: boolean; completed_today: boolean; today: string; sort_order: number };
  const out: Writer[] = [];
  for (const index of [HEAVY_USER, ...Array.from({ length: count - 1 }, (_, i) => LIGHT(i))]) {
    const cookie = cookieOf(index);
    const habits = (await getJson<{ data: Habit[] }>(`${base}/api/habits`, cookie)).body.data;
    let habit = habits.find((h) => h.due_today && !h.completed_today);
    if (!habit) {
      habit = habits.find((h) => h.sort_order === 0);
      if (!habit) throw new Error(`bench user ${index} has no habit`);
      await fetch(`${base}/api/habits/${habit.id}/logs/${habit.today}`, {
        method: 'DELETE',
        headers: { cookie, origin: base },
      });
    }
    out.push({ index, cookie, habitId: habit.id, today: habit.today });
  }
  return out;
}

function scenarios(base: string, writerList: Writer[]): Scenario[] {
  const get =
    (route: string, users: number[] | null = [HEAVY_USER]) =>
    (seconds: number) =>
      read(`${base}${route}`, readConnections, users, seconds);
  const lightUsers = Array.from({ length: readConnections }, (_, i) => LIGHT(i));
  const day = 86_400_000;
  const from = new Date(Date.now() - 3 * day).toISOString();
  const to = new Date(Date.now() + 28 * day).toISOString();
  const json = { 'content-type': 'application/json' };
  const list = (module: string, route: string): Scenario => ({
    name: `list_${module}`,
    connections: readConnections,
    run: get(route),
  });
  return [
    {
      name: 'baseline',
      connections: readConnections,
      run: (seconds) => read(`http://127.0.0.1:${BASELINE_PORT}/api/health`, readConnections, null, seconds),
    },
    { name: 'health', connections: readConnections, run: get('/api/health', null) },
    { name: 'user', connections: readConnections, run: get('/api/user', lightUsers) },
    { name: 'today_new', connections: readConnections, run: get('/api/today', [NEW_USER]) },
    { name: 'today_heavy', connections: readConnections, run: get('/api/today') },
    { name: 'sync_poll', connections: readConnections, run: get('/api/sync/poll') },
    {
      name: 'habit_complete',
      connections: writerList.length,
      note: 'figures of the completions; each connection alternates complete and undo',
      run: (seconds) =>
        write(
          base,
          writerList.map((w) => ({
            cookie: w.cookie,
            steps: [
              {
                name: 'complete',
                method: 'POST',
                path: `/api/habits/${w.habitId}/complete`,
                headers: json,
                body: '{}',
              },
              { name: 'undo', method: 'DELETE', path: `/api/habits/${w.habitId}/logs/${w.today}` },
            ],
          })),
          'complete',
          seconds,
        ),
    },
    {
      name: 'focus_round_trip',
      connections: writerList.length,
      note: 'one iteration = start + abandon; latency is their sum',
      run: (seconds) =>
        write(
          base,
          writerList.map((w) => ({
            cookie: w.cookie,
            steps: [
              {
                name: 'start',
                method: 'POST',
                path: '/api/focus',
                headers: json,
                body: JSON.stringify({ mode: 'focus', duration_seconds: 1500 }),
                onResponse: (status, body, context) => {
                  context.id = status === 201 ? (JSON.parse(body) as { data: { id: string } }).data.id : undefined;
                },
              },
              {
                name: 'abandon',
                method: 'POST',
                path: '/api/focus',
                setupRequest: (request, context) =>
                  context.id ? { ...request, path: `/api/focus/${context.id}/abandon` } : null,
              },
            ],
          })),
          'iteration',
          seconds,
        ),
    },
    { name: 'search', connections: readConnections, run: get('/api/search?q=mix') },
    list('habits', '/api/habits'),
    list('goals', '/api/goals'),
    list('quests', '/api/quests'),
    list('focus', '/api/focus'),
    list('calendar', `/api/calendar?from=${from}&to=${to}`),
    list('plan', '/api/plan'),
    list('inbox', '/api/inbox'),
    list('ideas', '/api/ideas'),
    list('infobase', '/api/infobase'),
    list('references', '/api/references'),
    list('feedback', '/api/feedback'),
    list('gamification', '/api/gamification/ledger'),
    list('settings', '/api/settings'),
    list('user', '/api/user/sessions'),
  ];
}

const baseline = spawn(process.execPath, ['--import', 'tsx', 'bench/baseline-server.ts'], {
  env: { ...process.env, PORT: String(BASELINE_PORT) },
  stdio: 'inherit',
});
const serverEnv = {
  DATA_DIR: dataDir,
  RATE_LIMIT_READ: '1000000000',
  RATE_LIMIT_WRITE: '1000000000',
};
let server: ServerProcess | null = null;
try {
  server = await startServer(serverEnv);
  const problem = await dataProblem(server.url);
  if (problem) {
    console.log(`${problem}: seeding first (npm run bench:seed)`);
    // PGlite serves one process: the server lets go of the folder while the seed writes it.
    await server.stop();
    server = null;
    await runSeed();
    server = await startServer(serverEnv);
    const user = await getJson(`${server.url}/api/user`, cookieOf(HEAVY_USER));
    if (user.status !== 200) throw new Error(`after seeding, the heavy user cannot sign in (${user.status})`);
  }
  const base = server.url;
  const only = args.only ? new Set(args.only.split(',')) : null;
  const all = scenarios(base, await writers(base, writeConnections)).filter(
    (s) => !only || only.has(s.name) || s.name === 'baseline',
  );
  console.log(
    `${driver}, ${readConnections} connections for reads and ${writeConnections} for writes, ${duration} s each, ` +
      `${runs} run${runs > 1 ? 's' : ''}, seed ${seed}`,
  );
  const results = new Map<string, { figures: Figures; ratio: number }[]>();
  for (let r = 0; r < runs; r++) {
    let baseRps = 1;
    for (const scenario of all) {
      // Requests still in flight when the last scenario stopped finish before the next starts.
      // A short unmeasured run first: code paths compiled on first use, caches warm.
      if (warmup > 0) await scenario.run(warmup);
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const figures = await scenario.run(duration);
      if (scenario.name === 'baseline') baseRps = figures.rps || 1;
      const list = results.get(scenario.name) ?? [];
      list.push({ figures, ratio: figures.rps / baseRps });
      results.set(scenario.name, list);
      if (runs > 1) process.stdout.write(`\r  run ${r + 1}/${runs}: ${scenario.name.padEnd(20)}`);
    }
  }
  if (runs > 1) process.stdout.write('\n');

  const rows = all.map((s) => {
    const list = results.get(s.name) ?? [];
    return {
      name: s.name,
      connections: s.connections,
      rps: Math.round(median(list.map((x) => x.figures.rps))),
      p50: Math.round(median(list.map((x) => x.figures.p50)) * 10) / 10,
      p99: Math.round(median(list.map((x) => x.figures.p99)) * 10) / 10,
      errors: list.reduce((n, x) => n + x.figures.errors, 0),
      ratio: Number(median(list.map((x) => x.ratio)).toFixed(3)),
      note: s.note,
    };
  });
  console.log(`${'scenario'.padEnd(20)} conns   req/s   p50 ms   p99 ms  errors  × baseline`);
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(20)} ${String(row.connections).padStart(5)} ${String(row.rps).padStart(7)} ${String(row.p50).padStart(8)} ${String(row.p99).padStart(8)} ${String(row.errors).padStart(7)}  ${row.ratio.toFixed(3)}`,
    );
  }
  for (const row of rows) if (row.note) console.log(`  ${row.name}: ${row.note}`);
  if (args.json) {
    fs.mkdirSync(path.dirname(path.resolve(args.json)), { recursive: true });
    const scenariosOut = rows.map(({ note: _note, ...row }) => row);
    fs.writeFileSync(args.json, `${JSON.stringify({ scenarios: scenariosOut }, null, 2)}\n`);
    console.log(`written to ${args.json}`);
  }
} finally {
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  await server?.stop();
  baseline.kill('SIGTERM');
}
