import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function newEvent(user: TestUser, payload: Record<string, unknown>) {
  const res = await user.inject({ method: 'POST', url: '/api/calendar', payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data;
}

/** Parses a document with ical.js and registers its zones, as a calendar app would. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar;
}

/** The occurrences ical.js computes for one UID in `[from, to)`, with exceptions related. */
function occurrencesOf(calendar: ICAL.Component, uid: string, from: Date, to: Date) {
  const vevents = calendar.getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('uid') === uid);
  const master = vevents.find((v) => !v.hasProperty('recurrence-id'));
  if (!master) throw new Error(`no master for ${uid}`);
  const event = new ICAL.Event(master);
  for (const v of vevents) if (v !== master) event.relateException(new ICAL.Event(v));
  const out: { start: string; summary: string }[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && next.toJSDate() < to; next = it.next()) {
    const details = event.getOccurrenceDetails(next);
    const start = details.startDate.toJSDate();
    if (start >= from && start < to) out.push({ start: start.toISOString(), summary: details.item.summary });
  }
  return out.sort((a, b) => a.start.localeCompare(b.start));
}

async function exportOf(user: TestUser): Promise<string> {
  const res = await user.inject({ method: 'GET', url: '/api/calendar/export.ics' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/calendar/);
  return res.body;
}

describe('GET /api/calendar/export.ics', () => {
  it('is valid iCalendar whose series, cancelled and edited occurrences match the API', async () => {
    const user = await signUp(t);
    const series = await newEvent(user, {
      title: 'Weekly planning, studio; bring notes',
      description: 'Line one\nLine two with a backslash \\ and a long tail '.repeat(3),
      start_time: '2026-03-16T08:00:00Z',
      end_time: '2026-03-16T09:00:00Z',
      timezone: 'Europe/Berlin',
      recurrence_rule: 'FREQ=WEEKLY;COUNT=5',
      reminders: [15, 60],
      location: 'Studio B — Kreuzberg',
    });
    const url = `/api/calendar/${series.id}/exceptions`;
    await user.inject({ method: 'POST', url, payload: { occurrence_start: '2026-03-23T08:00:00Z', cancelled: true } });
    await user.inject({
      method: 'POST',
      url,
      payload: {
        occurrence_start: '2026-03-30T07:00:00Z',
        title: 'Planning, later',
        start_time: '2026-03-30T12:00:00Z',
      },
    });
    const text = await exportOf(user);

    // CRLF everywhere, folded at 75 octets.
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);

    const calendar = parse(text);
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(2);
    const master = vevents.find((v) => !v.hasProperty('recurrence-id'));
    expect(master?.getFirstPropertyValue('summary')).toBe('Weekly planning, studio; bring notes');
    expect(master?.getFirstPropertyValue('description')).toContain('Line one\nLine two with a backslash \\ and');
    expect(master?.getFirstPropertyValue('location')).toBe('Studio B — Kreuzberg');
    expect(master?.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(String(master?.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;COUNT=5');
    expect(master?.hasProperty('dtstamp')).toBe(true);
    expect(master?.getFirstPropertyValue('uid')).toBe(`${series.id}@cadence`);
    expect(
      master
        ?.getAllSubcomponents('valarm')
        .map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds())
        .sort((a, b) => a - b),
    ).toEqual([-3600, -900]);

    const fromIcs = occurrencesOf(
      calendar,
      `${series.id}@cadence`,
      new Date('2026-03-01T00:00:00Z'),
      new Date('2026-05-01T00:00:00Z'),
    );
    const api = (
      await user.inject({ method: 'GET', url: '/api/calendar?from=2026-03-01T00:00:00Z&to=2026-05-01T00:00:00Z' })
    ).json().data as { start_time: string; title: string }[];
    expect(fromIcs).toEqual(api.map((o) => ({ start: o.start_time, summary: o.title })));
    expect(fromIcs.map((o) => o.start)).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-30T12:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
      '2026-04-13T07:00:00.000Z',
    ]);
  });

  it('writes all-day events as dates and UTC events in UTC', async () => {
    const user = await signUp(t);
    await newEvent(user, {
      title: 'Festival',
      all_day: true,
      start_time: '2026-07-10T00:00:00Z',
      end_time: '2026-07-13T00:00:00Z',
      timezone: 'UTC',
    });
    await newEvent(user, { title: 'Call', start_time: '2026-07-01T15:30:00Z', timezone: 'UTC' });
    const text = await exportOf(user);
    expect(text).toContain('DTSTART;VALUE=DATE:20260710\r\nDTEND;VALUE=DATE:20260713\r\n');
    expect(text).toContain('DTSTART:20260701T153000Z\r\n');
    const calendar = parse(text);
    const festival = calendar
      .getAllSubcomponents('vevent')
      .find((v) => v.getFirstPropertyValue('summary') === 'Festival');
    const start = festival?.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
  });

  it('has one VTIMEZONE per zone, and its size does not grow with the years the events span', async () => {
    const near = await signUp(t);
    const far = await signUp(t);
    for (const [user, years] of [
      [near, ['2026', '2027']],
      [far, ['1900', '2199']],
    ] as const) {
      for (const year of years) {
        for (const timezone of ['Europe/Berlin', 'America/New_York', 'Australia/Sydney']) {
          await newEvent(user, { title: 'Rehearsal', start_time: `${year}-06-01T08:00:00Z`, timezone });
        }
      }
    }
    const nearText = await exportOf(near);
    const farText = await exportOf(far);
    for (const text of [nearText, farText]) {
      const zones = parse(text)
        .getAllSubcomponents('vtimezone')
        .map((z) => z.getFirstPropertyValue('tzid'));
      expect(zones).toEqual(['America/New_York', 'Australia/Sydney', 'Europe/Berlin']);
    }
    // Only the dates' digits differ.
    expect(Math.abs(farText.length - nearText.length)).toBeLessThan(100);
    // Local times as the zones had them; a client reads them with the zones' current rules.
    expect(farText).toContain('DTSTART;TZID=Europe/Berlin:19000601T090000\r\n');
    expect(farText).toContain('DTSTART;TZID=Europe/Berlin:21990601T100000\r\n');
  });

  it('writes every event of a calendar longer than one page, each once', async () => {
    // Enough writes for more than one page of the export, past the usual per-minute limit.
    const roomy = await createTestApp({ database: t.database, env: { RATE_LIMIT_WRITE: '1000' } });
    try {
      const user = await signUp(roomy);
      const count = 205;
      for (let i = 0; i < count; i++) {
        // Several events share a start, so the pages must follow (start, id).
        const start = new Date(Date.UTC(2026, 0, 1 + (i % 3), 9)).toISOString();
        await newEvent(user, { title: `Session ${i}`, start_time: start, timezone: 'Europe/Berlin' });
      }
      const summaries = parse(await exportOf(user))
        .getAllSubcomponents('vevent')
        .map((v) => v.getFirstPropertyValue('summary'));
      expect(summaries).toHaveLength(count);
      expect(new Set(summaries).size).toBe(count);
    } finally {
      await roomy.close();
    }
  });

  it('moves an all-day occurrence with a date RECURRENCE-ID that calendar apps match', async () => {
    const user = await signUp(t);
    const series = await newEvent(user, {
      title: 'Market day',
      all_day: true,
      start_time: '2026-07-10T00:00:00Z',
      timezone: 'UTC',
      recurrence_rule: 'FREQ=WEEKLY;COUNT=3',
    });
    const url = `/api/calendar/${series.id}/exceptions`;
    const moved = await user.inject({
      method: 'POST',
      url,
      payload: { occurrence_start: '2026-07-17T00:00:00Z', start_time: '2026-07-18T00:00:00Z', title: 'Market, later' },
    });
    expect(moved.statusCode, moved.body).toBeLessThan(300);
    const text = await exportOf(user);
    expect(text).toContain('RECURRENCE-ID;VALUE=DATE:20260717\r\n');
    const days = occurrencesOf(
      parse(text),
      `${series.id}@cadence`,
      new Date('2026-07-01T00:00:00Z'),
      new Date('2026-08-01T00:00:00Z'),
    );
    expect(days.map((d) => d.summary)).toEqual(['Market day', 'Market, later', 'Market day']);
  });

  it('needs a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/calendar/export.ics' });
    expect(res.statusCode).toBe(401);
  });
});

describe('the private feed', () => {
  const newFeed = async (user: TestUser) => {
    const res = await user.inject({ method: 'POST', url: '/api/calendar/feed-token' });
    expect(res.statusCode).toBe(200);
    return res.json().data as { token: string; url: string };
  };
  const fetchFeed = (url: string) => t.app.inject({ method: 'GET', url: new URL(url).pathname });

  it('serves the user’s calendar without a session and records its use', async () => {
    const user = await signUp(t);
    await newEvent(user, { title: 'Gig', start_time: '2026-05-01T19:00:00Z', timezone: 'Europe/Berlin' });
    const { token, url } = await newFeed(user);
    expect(url).toBe(`http://localhost:8080/api/calendar/feed/${token}.ics`);
    const before = (await user.inject({ method: 'GET', url: '/api/calendar/feed-token' })).json().data;
    expect(before).toMatchObject({ active: true, last_used_at: null });

    const res = await fetchFeed(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const summaries = parse(res.body)
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('summary'));
    expect(summaries).toEqual(['Gig']);
    const after = (await user.inject({ method: 'GET', url: '/api/calendar/feed-token' })).json().data;
    expect(after.last_used_at).toBe(t.clock.now().toISOString());
  });

  it('a new address replaces the old one, and a revoked or unknown one is 404', async () => {
    const user = await signUp(t);
    const first = await newFeed(user);
    const second = await newFeed(user);
    expect((await fetchFeed(first.url)).statusCode).toBe(404);
    expect((await fetchFeed(second.url)).statusCode).toBe(200);
    const revoke = await user.inject({ method: 'DELETE', url: '/api/calendar/feed-token' });
    expect(revoke.statusCode).toBe(204);
    const gone = await fetchFeed(second.url);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('not_found');
    expect((await user.inject({ method: 'GET', url: '/api/calendar/feed-token' })).json().data.active).toBe(false);
    expect((await user.inject({ method: 'DELETE', url: '/api/calendar/feed-token' })).statusCode).toBe(404);
    expect((await fetchFeed(`http://x/api/calendar/feed/${'A'.repeat(43)}.ics`)).statusCode).toBe(404);
    expect((await fetchFeed('http://x/api/calendar/feed/short.ics')).statusCode).toBe(400);
  });

  it('is rate-limited per address of the caller', async () => {
    const limited = await createTestApp({ database: t.database });
    try {
      const user = await signUp(limited);
      const { url } = await newFeed(user);
      const path = new URL(url).pathname;
      let last = 200;
      for (let i = 0; i < 31; i++) last = (await limited.app.inject({ method: 'GET', url: path })).statusCode;
      expect(last).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
