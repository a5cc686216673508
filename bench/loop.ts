/**
 * How long the heaviest requests hold the server's event loop (SPEC §2: no request may hold it
 * for more than 50 ms). The server runs in its own process with `bench/loop-monitor.ts`
 * preloaded, which measures how late the loop runs (`monitorEventLoopDelay`, sampled every
 * 10 ms, the interval taken off) and the garbage collector's pauses, and answers over IPC; the
 * app itself carries no benchmark code. Against the seeded heavy user (`npm run bench:seed`;
 * this script never seeds) it runs, one scenario at a time:
 *
 *   ics_300_years   GET /api/calendar/export.ics with events this script adds over 300 years
 *                   (1900–2199) in 20 zones (removed again at the end)
 *   user_export     GET /api/user/export (the whole data export; each one is audited)
 *   search          GET /api/search for a few words of the seed's vocabulary
 *
 * While a scenario runs, a probe asks GET /api/health every 20 ms: its slowest answer is what
 * another user waited. Embedded PGlite in DATA_DIR (./data) by default, or DATABASE_URL.
 *
 *   npm run bench:loop                 ROUNDS=3 (requests per scenario)
 *   npm run bench:loop -- --json bench/results/loop.json
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { benchSeed, benchToken, HEAVY_USER } from './seed/identity';
import { startServer } from './server-process';

const { values: args } = parseArgs({ options: { json: { type: 'string' } } });
const rounds = Math.max(1, Number(process.env.ROUNDS ?? 3));
const driver = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const dataDir = path.resolve(process.env.DATA_DIR ?? './data');
/** Apart from bench:http's ports, which may run on the same machine. */
const PORT = '8183';

/** 20 zones with and without daylight saving, on both hemispheres and at odd offsets. */
const ZONES = [
  'Europe/Berlin',
  'Europe/London',
  'Europe/Moscow',
  'America/New_York',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'America/Santiago',
  'America/St_Johns',
  'Africa/Cairo',
  'Africa/Casablanca',
  'Asia/Tehran',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Apia',
];
const FIRST_YEAR = 1900;
const YEARS = 300;
/** One event every `STEP` years in each zone; every fourth one a weekly series with a change. */
const STEP = 5;
const TITLE = 'bench-loop';

interface Loop {
  p50: number;
  p99: number;
  max: number;
  samples: number;
  /** The longest garbage-collection pause and all of them, in ms. */
  gcMax: number;
  gcTotal: number;
}

interface Result {
  scenario: string;
  requests: number;
  ms: { min: number; median: number; max: number };
  bytes: number;
  loop: Loop;
  probe: { count: number; max: number };
}

const round = (n: number) => Math.round(n * 10) / 10;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

async function main() {
  const server = await startServer(
    {
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
      DATA_DIR: dataDir,
      PORT,
      RATE_LIMIT_READ: '1000000000',
      RATE_LIMIT_WRITE: '1000000000',
    },
    { preload: './bench/loop-monitor.ts' },
  );
  const base = server.url;
  const cookie = `cadence_session=${benchToken(benchSeed(), HEAVY_USER)}`;
  const headers = { cookie, origin: base };
  const json = { ...headers, 'content-type': 'application/json' };
  const created: string[] = [];
  const results: Result[] = [];

  try {
    const me = await fetch(`${base}/api/user`, { headers });
    if (me.status !== 200)
      throw new Error(`the heavy user is not seeded here (GET /api/user: ${me.status}); run npm run bench:seed`);

    // The calendar: events over 300 years in 20 zones, through the API.
    const adding = performance.now();
    for (const [z, timezone] of ZONES.entries()) {
      for (let year = FIRST_YEAR + (z % STEP); year < FIRST_YEAR + YEARS; year += STEP) {
        const start = `${year}-0${1 + (z % 9)}-1${z % 10}T09:00:00Z`;
        const series = (year - FIRST_YEAR) % (STEP * 4) < STEP;
        const res = await fetch(`${base}/api/calendar`, {
          method: 'POST',
          headers: json,
          body: JSON.stringify({
            title: `${TITLE} ${timezone} ${year}`,
            start_time: start,
            end_time: start.replace('T09', 'T10'),
            timezone,
            reminders: [15],
            ...(series ? { recurrence_rule: 'FREQ=WEEKLY;COUNT=10' } : {}),
          }),
        });
        if (res.status !== 201) throw new Error(`POST /api/calendar: ${res.status} ${await res.text()}`);
        const event = ((await res.json()) as { data: { id: string; start_time: string } }).data;
        created.push(event.id);
        if (series) {
          const second = new Date(new Date(event.start_time).getTime() + 7 * 86_400_000).toISOString();
          await fetch(`${base}/api/calendar/${event.id}/exceptions`, {
            method: 'POST',
            headers: json,
            body: JSON.stringify({
              occurrence_start: second,
              title: 'moved',
              start_time: second.replace('T09', 'T11'),
            }),
          });
        }
      }
    }
    console.log(
      `added ${created.length} events in ${ZONES.length} zones over ${YEARS} years (${Math.round(performance.now() - adding)} ms)`,
    );

    const scenarios: { name: string; urls: string[] }[] = [
      { name: 'ics_300_years', urls: Array(rounds).fill('/api/calendar/export.ics') },
      { name: 'user_export', urls: Array(rounds).fill('/api/user/export') },
      {
        name: 'search',
        urls: ['mixing', 'compression', 'reverb', 'chord', 'a'].flatMap((q) =>
          Array(rounds).fill(`/api/search?q=${encodeURIComponent(q)}&limit=50`),
        ),
      },
    ];
    for (const scenario of scenarios) {
      await sleep(500);
      await server.ask('reset');
      // The probe: what a light request waits while the heavy ones run.
      let probing = true;
      const probes: number[] = [];
      const probe = (async () => {
        while (probing) {
          const t0 = performance.now();
          await fetch(`${base}/api/health`).then((r) => r.arrayBuffer());
          probes.push(performance.now() - t0);
          await sleep(20);
        }
      })();
      const times: number[] = [];
      let bytes = 0;
      for (const url of scenario.urls) {
        const t0 = performance.now();
        const res = await fetch(`${base}${url}`, { headers });
        const body = await res.arrayBuffer();
        times.push(performance.now() - t0);
        if (res.status !== 200) throw new Error(`GET ${url}: ${res.status}`);
        bytes = Math.max(bytes, body.byteLength);
      }
      probing = false;
      await probe;
      const loop = (await server.ask('read')) as Loop;
      results.push({
        scenario: scenario.name,
        requests: times.length,
        ms: { min: round(Math.min(...times)), median: round(median(times)), max: round(Math.max(...times)) },
        bytes,
        loop,
        probe: { count: probes.length, max: round(Math.max(...probes)) },
      });
    }
  } finally {
    // The heavy user's calendar as it was (a series' exceptions go with it).
    for (const id of created) await fetch(`${base}/api/calendar/${id}`, { method: 'DELETE', headers });
    await server.stop();
  }

  const when = new Date().toISOString().slice(0, 10);
  console.log(`\nbench:loop ${when}, ${driver}, ${os.cpus().length} cores, Node ${process.version}, ${rounds} rounds`);
  console.log(
    '| scenario      | requests | median ms | max ms |      bytes | loop p50 ms | loop p99 ms | loop max ms | gc max ms | probe max ms |',
  );
  console.log(
    '| ------------- | -------: | --------: | -----: | ---------: | ----------: | ----------: | ----------: | --------: | -----------: |',
  );
  for (const r of results) {
    console.log(
      `| ${r.scenario.padEnd(13)} | ${String(r.requests).padStart(8)} | ${String(r.ms.median).padStart(9)} | ${String(r.ms.max).padStart(6)} | ${r.bytes.toLocaleString('en').padStart(10)} | ${String(r.loop.p50).padStart(11)} | ${String(r.loop.p99).padStart(11)} | ${String(r.loop.max).padStart(11)} | ${String(r.loop.gcMax).padStart(9)} | ${String(r.probe.max).padStart(12)} |`,
    );
  }
  if (args.json) {
    fs.mkdirSync(path.dirname(args.json), { recursive: true });
    fs.writeFileSync(args.json, JSON.stringify({ date: when, driver, cores: os.cpus().length, results }, null, 2));
  }
}

await main();
