import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realtime_events } from '../../platform/events.tables';
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

const meeting = {
  title: 'Mix review',
  start_time: '2026-03-02T09:00:00.000Z',
  end_time: '2026-03-02T10:00:00.000Z',
  timezone: 'UTC',
};

describe('POST /api/calendar', () => {
  it('creates an event with every field and reads it back', async () => {
    const user = await signUp(t);
    const goal = (await user.inject({ method: 'POST', url: '/api/goals', payload: { title: 'Album' } })).json().data;
    const created = await newEvent(user, {
      ...meeting,
      description: 'Bring the stems',
      event_type: 'meeting',
      location: 'Studio B',
      color: '#3b82f6',
      reminders: [30, 10],
      goal_id: goal.id,
    });
    expect(created).toMatchObject({
      title: 'Mix review',
      event_type: 'meeting',
      all_day: false,
      timezone: 'UTC',
      reminders: [10, 30],
      goal_id: goal.id,
      recurrence_rule: null,
      recurrence_until: null,
    });
    const read = await user.inject({ method: 'GET', url: `/api/calendar/${created.id}` });
    expect(read.json().data).toEqual(created);
  });

  it('takes the user’s own time zone when none is given', async () => {
    const user = await signUp(t);
    await user.inject({ method: 'PATCH', url: '/api/user', payload: { timezone: 'Europe/Berlin' } });
    const created = await newEvent(user, { title: 'Call', start_time: '2026-03-02T09:00:00Z' });
    expect(created.timezone).toBe('Europe/Berlin');
  });

  it('keeps a valid RRULE in canonical form and records when a finite series ends', async () => {
    const user = await signUp(t);
    const created = await newEvent(user, { ...meeting, recurrence_rule: 'freq=weekly;count=5' });
    expect(created.recurrence_rule).toBe('FREQ=WEEKLY;COUNT=5');
    expect(created.recurrence_until).toBe('2026-03-30T10:00:00.000Z');
    const endless = await newEvent(user, { ...meeting, recurrence_rule: 'FREQ=DAILY' });
    expect(endless.recurrence_until).toBeNull();
  });

  it('answers 422 for a bad RRULE, a sub-daily one, or a start that is not its first occurrence', async () => {
    const user = await signUp(t);
    for (const rule of [
      'FREQ=SOMETIMES',
      'garbage',
      'FREQ=HOURLY',
      'FREQ=WEEKLY;COUNT=2;UNTIL=20260401T000000Z',
      'FREQ=WEEKLY;BYDAY=XX',
      'FREQ=DAILY;INTERVAL=0',
      'DTSTART:20260101T000000Z',
      'FREQ=WEEKLY;BYDAY=TU', // 2 March 2026 is a Monday
    ]) {
      const res = await user.inject({
        method: 'POST',
        url: '/api/calendar',
        payload: { ...meeting, recurrence_rule: rule },
      });
      expect(res.statusCode, rule).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
    }
    const list = await user.inject({ method: 'GET', url: '/api/calendar' });
    expect(list.json().data).toEqual([]);
  });

  it('answers 422 for an unknown time zone, and writes nothing', async () => {
    const user = await signUp(t);
    for (const timezone of ['Mars/Olympus', 'CET+99', 'Europe/Berlin ; drop']) {
      const res = await user.inject({ method: 'POST', url: '/api/calendar', payload: { ...meeting, timezone } });
      expect(res.statusCode, timezone).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'validation_error', details: [{ path: 'body.timezone' }] });
    }
    const created = await newEvent(user, meeting);
    const patch = await user.inject({
      method: 'PATCH',
      url: `/api/calendar/${created.id}`,
      payload: { timezone: 'Nowhere/Town', title: 'Changed' },
    });
    expect(patch.statusCode).toBe(422);
    const list = await user.inject({ method: 'GET', url: '/api/calendar' });
    expect(list.json().data.map((e: { title: string }) => e.title)).toEqual(['Mix review']);
  });

  it('answers 422 for an end before the start, a bad colour or reminder, or unknown fields', async () => {
    const user = await signUp(t);
    for (const payload of [
      { ...meeting, end_time: '2026-03-02T08:00:00Z' },
      { ...meeting, end_time: '2027-04-02T08:00:00Z' },
      { ...meeting, color: 'blue' },
      { ...meeting, reminders: [5, 5] },
      { ...meeting, event_type: 'party' },
      { ...meeting, owner: 'me' },
    ]) {
      const res = await user.inject({ method: 'POST', url: '/api/calendar', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
    }
  });

  it('answers 422 for a year before 1900 or after 2199 in any date field, and writes nothing', async () => {
    const user = await signUp(t);
    for (const payload of [
      { ...meeting, start_time: '0001-01-01T00:00:00Z', end_time: null },
      { ...meeting, start_time: '9999-12-31T09:00:00Z', end_time: null },
      { ...meeting, start_time: '1899-12-31T23:00:00+01:00', end_time: null },
      { ...meeting, end_time: '2200-01-01T00:00:00Z' },
    ]) {
      const res = await user.inject({ method: 'POST', url: '/api/calendar', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error).toMatchObject({ code: 'validation_error' });
      expect(res.json().error.details[0].message).toBe('Use a date from 1900 to 2199');
    }
    const list = await user.inject({ method: 'GET', url: '/api/calendar' });
    expect(list.json().data).toEqual([]);
    // The first and last allowed years are accepted.
    await newEvent(user, { ...meeting, start_time: '1900-01-01T00:00:00Z', end_time: null });
    await newEvent(user, { ...meeting, start_time: '2199-12-31T23:00:00Z', end_time: null });
  });

  it('answers 404 for a habit, goal or workout that is not the user’s own', async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    const goal = (await owner.inject({ method: 'POST', url: '/api/goals', payload: { title: 'Mine' } })).json().data;
    for (const link of [{ goal_id: goal.id }, { habit_id: randomUUID() }, { workout_id: randomUUID() }]) {
      const res = await other.inject({ method: 'POST', url: '/api/calendar', payload: { ...meeting, ...link } });
      expect(res.statusCode, JSON.stringify(link)).toBe(404);
    }
    expect((await other.inject({ method: 'GET', url: '/api/calendar' })).json().data).toEqual([]);
  });
});

describe('PATCH and DELETE /api/calendar/:id', () => {
  it('edits an event and deletes it', async () => {
    const user = await signUp(t);
    const created = await newEvent(user, meeting);
    const res = await user.inject({
      method: 'PATCH',
      url: `/api/calendar/${created.id}`,
      payload: { title: 'Master review', start_time: '2026-03-03T09:00:00Z', end_time: '2026-03-03T09:30:00Z' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ title: 'Master review', start_time: '2026-03-03T09:00:00.000Z' });
    const del = await user.inject({ method: 'DELETE', url: `/api/calendar/${created.id}` });
    expect(del.statusCode).toBe(204);
    expect((await user.inject({ method: 'GET', url: `/api/calendar/${created.id}` })).statusCode).toBe(404);
  });

  it('answers 422 when a change makes the repeat rule invalid, and changes nothing', async () => {
    const user = await signUp(t);
    const created = await newEvent(user, { ...meeting, recurrence_rule: 'FREQ=WEEKLY;BYDAY=MO' });
    const res = await user.inject({
      method: 'PATCH',
      url: `/api/calendar/${created.id}`,
      payload: { title: 'Renamed', start_time: '2026-03-03T09:00:00Z', end_time: '2026-03-03T10:00:00Z' },
    });
    expect(res.statusCode).toBe(422);
    const read = await user.inject({ method: 'GET', url: `/api/calendar/${created.id}` });
    expect(read.json().data.title).toBe('Mix review');
  });

  it('answers 422 for a year outside 1900–2199 on update and on an occurrence, and changes nothing', async () => {
    const user = await signUp(t);
    const event = await newEvent(user, { ...meeting, recurrence_rule: 'FREQ=DAILY;COUNT=3' });
    for (const payload of [{ start_time: '0001-03-02T09:00:00Z' }, { end_time: '9999-03-02T10:00:00Z' }]) {
      const res = await user.inject({ method: 'PATCH', url: `/api/calendar/${event.id}`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
    }
    const exception = await user.inject({
      method: 'POST',
      url: `/api/calendar/${event.id}/exceptions`,
      payload: { occurrence_start: '2026-03-03T09:00:00Z', start_time: '9999-03-03T09:00:00Z' },
    });
    expect(exception.statusCode).toBe(422);
    const read = await user.inject({ method: 'GET', url: `/api/calendar/${event.id}` });
    expect(read.json().data).toMatchObject({ start_time: meeting.start_time, end_time: meeting.end_time });
  });

  it('answers 400 for a range query naming a year outside 1900–2199', async () => {
    const user = await signUp(t);
    for (const query of [
      'from=0001-01-01T00:00:00Z&to=0001-02-01T00:00:00Z',
      'from=9999-01-01T00:00:00Z&to=9999-02-01T00:00:00Z',
    ]) {
      const res = await user.inject({ method: 'GET', url: `/api/calendar?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('bad_request');
    }
  });

  it('answers 404 on every id route for another user’s event', async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    const created = await newEvent(owner, { ...meeting, recurrence_rule: 'FREQ=DAILY;COUNT=3' });
    const url = `/api/calendar/${created.id}`;
    const attempts = [
      other.inject({ method: 'GET', url }),
      other.inject({ method: 'PATCH', url, payload: { title: 'Mine now' } }),
      other.inject({ method: 'DELETE', url }),
      other.inject({
        method: 'POST',
        url: `${url}/exceptions`,
        payload: { occurrence_start: meeting.start_time, cancelled: true },
      }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    const still = await owner.inject({ method: 'GET', url });
    expect(still.json().data.title).toBe('Mix review');
    const occurrences = await owner.inject({
      method: 'GET',
      url: '/api/calendar?from=2026-03-01T00:00:00Z&to=2026-03-10T00:00:00Z',
    });
    expect(occurrences.json().data).toHaveLength(3);
  });
});

describe('GET /api/calendar without a range', () => {
  it('lists the events themselves, latest start first, a page at a time', async () => {
    const user = await signUp(t);
    for (const day of ['01', '02', '03']) {
      await newEvent(user, { title: `Day ${day}`, start_time: `2026-04-${day}T08:00:00Z` });
    }
    const first = (await user.inject({ method: 'GET', url: '/api/calendar?limit=2' })).json();
    expect(first.data.map((e: { title: string }) => e.title)).toEqual(['Day 03', 'Day 02']);
    const second = (
      await user.inject({ method: 'GET', url: `/api/calendar?limit=2&cursor=${first.page.next_cursor}` })
    ).json();
    expect(second.data.map((e: { title: string }) => e.title)).toEqual(['Day 01']);
    expect(second.page.next_cursor).toBeNull();
  });
});

describe('real-time events', () => {
  it('publishes calendar_changed for every write, and nothing for a refused one', async () => {
    const user = await signUp(t);
    const created = await newEvent(user, { ...meeting, recurrence_rule: 'FREQ=DAILY;COUNT=2' });
    const url = `/api/calendar/${created.id}`;
    await user.inject({ method: 'PATCH', url, payload: { title: 'Renamed' } });
    await user.inject({ method: 'PATCH', url, payload: { recurrence_rule: 'FREQ=NEVER' } });
    await user.inject({
      method: 'POST',
      url: `${url}/exceptions`,
      payload: { occurrence_start: meeting.start_time, cancelled: true },
    });
    await user.inject({ method: 'DELETE', url });
    const rows = await t.database.db
      .select({ type: realtime_events.type, data: realtime_events.data })
      .from(realtime_events)
      .where(and(eq(realtime_events.user_id, user.id), eq(realtime_events.type, 'calendar_changed')))
      .orderBy(asc(realtime_events.id));
    expect(rows.map((r) => r.data)).toEqual(
      ['created', 'updated', 'updated', 'deleted'].map((action) => ({ event_id: created.id, action })),
    );
  });

  it('answers 404 when a change links another user’s goal, and keeps the event as it was', async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    const goal = (await owner.inject({ method: 'POST', url: '/api/goals', payload: { title: 'Theirs' } })).json().data;
    const created = await newEvent(other, meeting);
    const res = await other.inject({
      method: 'PATCH',
      url: `/api/calendar/${created.id}`,
      payload: { goal_id: goal.id },
    });
    expect(res.statusCode).toBe(404);
    const read = await other.inject({ method: 'GET', url: `/api/calendar/${created.id}` });
    expect(read.json().data.goal_id).toBeNull();
  });
});
