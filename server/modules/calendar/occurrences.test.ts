import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { listOccurrences } from '.';

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

interface Item {
  id: string;
  title: string;
  start_time: string;
  end_time: string | null;
  occurrence_start: string;
  is_exception: boolean;
}

async function range(user: TestUser, from: string, to: string): Promise<Item[]> {
  const res = await user.inject({ method: 'GET', url: `/api/calendar?from=${from}&to=${to}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

const startsOf = (items: Item[]) => items.map((i) => i.start_time);

/** Monday 16 March 2026, 09:00 in Berlin (CET, UTC+1); clocks go forward on Sunday 29 March. */
const berlinWeekly = {
  title: 'Weekly planning',
  start_time: '2026-03-16T08:00:00.000Z',
  end_time: '2026-03-16T09:00:00.000Z',
  timezone: 'Europe/Berlin',
  recurrence_rule: 'FREQ=WEEKLY;COUNT=4',
};

describe('GET /api/calendar?from=&to= expands series', () => {
  it('keeps 09:00 Berlin time across the change to summer time', async () => {
    const user = await signUp(t);
    await newEvent(user, berlinWeekly);
    const items = await range(user, '2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z');
    expect(startsOf(items)).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
    ]);
    expect(items.map((i) => i.end_time)).toEqual([
      '2026-03-16T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
      '2026-04-06T08:00:00.000Z',
    ]);
  });

  it('keeps 09:00 New York time across the change back to standard time', async () => {
    const user = await signUp(t);
    // Saturday 31 October 2026, 09:00 EDT; clocks go back on Sunday 1 November.
    await newEvent(user, {
      title: 'Market',
      start_time: '2026-10-31T13:00:00Z',
      timezone: 'America/New_York',
      recurrence_rule: 'FREQ=DAILY;COUNT=3',
    });
    const items = await range(user, '2026-10-30T00:00:00Z', '2026-11-05T00:00:00Z');
    expect(startsOf(items)).toEqual([
      '2026-10-31T13:00:00.000Z',
      '2026-11-01T14:00:00.000Z',
      '2026-11-02T14:00:00.000Z',
    ]);
  });

  it('follows month ends: the last day of each month, and only months with a 31st', async () => {
    const user = await signUp(t);
    const base = { start_time: '2026-01-31T09:00:00Z', timezone: 'UTC' };
    await newEvent(user, { ...base, title: 'Last day', recurrence_rule: 'FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4' });
    await newEvent(user, { ...base, title: 'The 31st', recurrence_rule: 'FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3' });
    const items = await range(user, '2026-01-01T00:00:00Z', '2026-07-01T00:00:00Z');
    const of = (title: string) => startsOf(items.filter((i) => i.title === title));
    expect(of('Last day')).toEqual([
      '2026-01-31T09:00:00.000Z',
      '2026-02-28T09:00:00.000Z',
      '2026-03-31T09:00:00.000Z',
      '2026-04-30T09:00:00.000Z',
    ]);
    expect(of('The 31st')).toEqual([
      '2026-01-31T09:00:00.000Z',
      '2026-03-31T09:00:00.000Z',
      '2026-05-31T09:00:00.000Z',
    ]);
  });

  it('returns single events and occurrences together, sorted by start, including ones still running', async () => {
    const user = await signUp(t);
    await newEvent(user, { title: 'Trip', start_time: '2026-05-30T00:00:00Z', end_time: '2026-06-03T00:00:00Z' });
    await newEvent(user, { title: 'Run', start_time: '2026-06-01T06:00:00Z', recurrence_rule: 'FREQ=DAILY' });
    await newEvent(user, { title: 'Lunch', start_time: '2026-06-02T12:00:00Z', end_time: '2026-06-02T13:00:00Z' });
    await newEvent(user, { title: 'Later', start_time: '2026-06-09T12:00:00Z' });
    const items = await range(user, '2026-06-01T00:00:00Z', '2026-06-03T00:00:00Z');
    expect(items.map((i) => `${i.title} ${i.start_time}`)).toEqual([
      'Trip 2026-05-30T00:00:00.000Z',
      'Run 2026-06-01T06:00:00.000Z',
      'Run 2026-06-02T06:00:00.000Z',
      'Lunch 2026-06-02T12:00:00.000Z',
    ]);
  });

  it('skips a finished series and answers from the exported listOccurrences the same way', async () => {
    const user = await signUp(t);
    const e = await newEvent(user, { ...berlinWeekly, title: 'Done' });
    expect(e.recurrence_until).toBe('2026-04-06T08:00:00.000Z');
    expect(await range(user, '2026-05-01T00:00:00Z', '2026-06-01T00:00:00Z')).toEqual([]);
    const direct = await listOccurrences(
      t.database.db,
      user.id,
      new Date('2026-03-20T00:00:00Z'),
      new Date('2026-04-01T00:00:00Z'),
    );
    expect(direct.map((i) => i.start_time.toISOString())).toEqual([
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('answers 400 for a missing bound, a reversed range, one over 366 days or a bad timestamp', async () => {
    const user = await signUp(t);
    for (const query of [
      'from=2026-01-01T00:00:00Z',
      'to=2026-01-01T00:00:00Z',
      'from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      'from=2026-01-01T00:00:00Z&to=2027-01-03T00:00:00Z',
      'from=yesterday&to=2026-01-01T00:00:00Z',
    ]) {
      const res = await user.inject({ method: 'GET', url: `/api/calendar?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('bad_request');
    }
  });
});

describe('POST /api/calendar/:id/exceptions', () => {
  const exception = (user: TestUser, id: string, payload: Record<string, unknown>) =>
    user.inject({ method: 'POST', url: `/api/calendar/${id}/exceptions`, payload });

  it('cancelling an occurrence removes exactly that one', async () => {
    const user = await signUp(t);
    const e = await newEvent(user, berlinWeekly);
    const res = await exception(user, e.id, { occurrence_start: '2026-03-30T07:00:00Z', cancelled: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ event_id: e.id, is_cancelled: true });
    const items = await range(user, '2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z');
    expect(startsOf(items)).toEqual([
      '2026-03-16T08:00:00.000Z',
      '2026-03-23T08:00:00.000Z',
      '2026-04-06T07:00:00.000Z',
    ]);
  });

  it('an edited occurrence moves only itself, keeps its original start as its key, and can be moved across ranges', async () => {
    const user = await signUp(t);
    const e = await newEvent(user, berlinWeekly);
    const res = await exception(user, e.id, {
      occurrence_start: '2026-03-23T08:00:00Z',
      title: 'Planning (moved)',
      start_time: '2026-04-02T10:00:00Z',
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = await range(user, '2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z');
    expect(items.map((i) => [i.title, i.start_time, i.end_time, i.is_exception])).toEqual([
      ['Weekly planning', '2026-03-16T08:00:00.000Z', '2026-03-16T09:00:00.000Z', false],
      ['Weekly planning', '2026-03-30T07:00:00.000Z', '2026-03-30T08:00:00.000Z', false],
      ['Planning (moved)', '2026-04-02T10:00:00.000Z', '2026-04-02T11:00:00.000Z', true],
      ['Weekly planning', '2026-04-06T07:00:00.000Z', '2026-04-06T08:00:00.000Z', false],
    ]);
    expect(items[2]?.occurrence_start).toBe('2026-03-23T08:00:00.000Z');
    // The week it left no longer shows it; the week it went to does.
    expect(await range(user, '2026-03-22T00:00:00Z', '2026-03-24T00:00:00Z')).toEqual([]);
    const target = await range(user, '2026-04-02T00:00:00Z', '2026-04-03T00:00:00Z');
    expect(startsOf(target)).toEqual(['2026-04-02T10:00:00.000Z']);
  });

  it('writing the same occurrence again replaces its change', async () => {
    const user = await signUp(t);
    const e = await newEvent(user, berlinWeekly);
    await exception(user, e.id, { occurrence_start: '2026-03-23T08:00:00Z', cancelled: true });
    await exception(user, e.id, { occurrence_start: '2026-03-23T08:00:00Z', title: 'Back again' });
    const items = await range(user, '2026-03-22T00:00:00Z', '2026-03-24T00:00:00Z');
    expect(items.map((i) => i.title)).toEqual(['Back again']);
  });

  it('answers 422 for a start that is no occurrence, and for an event that does not repeat', async () => {
    const user = await signUp(t);
    const e = await newEvent(user, berlinWeekly);
    for (const at of ['2026-03-23T08:30:00Z', '2026-04-13T07:00:00Z', '2026-03-09T08:00:00Z']) {
      const res = await exception(user, e.id, { occurrence_start: at, cancelled: true });
      expect(res.statusCode, at).toBe(422);
    }
    const single = await newEvent(user, { title: 'Once', start_time: '2026-03-16T08:00:00Z' });
    const res = await exception(user, single.id, { occurrence_start: '2026-03-16T08:00:00Z', cancelled: true });
    expect(res.statusCode).toBe(422);
    expect(startsOf(await range(user, '2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z'))).toHaveLength(5);
  });

  it('answers 422 for an occurrence moved to end before it starts', async () => {
    const user = await signUp(t);
    const e = await newEvent(user, berlinWeekly);
    const res = await exception(user, e.id, {
      occurrence_start: '2026-03-23T08:00:00Z',
      start_time: '2026-03-23T12:00:00Z',
      end_time: '2026-03-23T11:00:00Z',
    });
    expect(res.statusCode).toBe(422);
  });

  it('moving the whole series drops the per-occurrence changes', async () => {
    const user = await signUp(t);
    const e = await newEvent(user, berlinWeekly);
    await exception(user, e.id, { occurrence_start: '2026-03-23T08:00:00Z', cancelled: true });
    const res = await user.inject({
      method: 'PATCH',
      url: `/api/calendar/${e.id}`,
      payload: { start_time: '2026-03-16T09:00:00Z', end_time: '2026-03-16T10:00:00Z' },
    });
    expect(res.statusCode).toBe(200);
    const items = await range(user, '2026-03-01T00:00:00Z', '2026-05-01T00:00:00Z');
    expect(startsOf(items)).toEqual([
      '2026-03-16T09:00:00.000Z',
      '2026-03-23T09:00:00.000Z',
      '2026-03-30T08:00:00.000Z',
      '2026-04-06T08:00:00.000Z',
    ]);
  });
});
