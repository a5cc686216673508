import { expand, firstOccurrence, lastOccurrence, type Series } from '#common/rules/recurrence';
import { addDays, type DayKey, weekday } from '#common/time/day';
import { zonedInstant } from '#common/time/zoned';
import { calendar_event_exceptions, calendar_events } from '../../../server/db/schema';
import type { SeedModule, SeedUser, UserData } from '../model';
import type { Rng } from '../prng';

const ONE_OFFS = [
  ['meeting', 'Session with the label'],
  ['meeting', 'Call with the mix engineer'],
  ['appointment', 'Dentist'],
  ['appointment', 'Guitar repair pick-up'],
  ['workout', 'Gym'],
  ['focus', 'Deep work block'],
  ['other', 'Gig at the club'],
  ['other', 'Listening party'],
] as const;

/** `hh:mm` on `day` in the user's wall-clock time. */
function wall(user: SeedUser, day: DayKey, hh: number, mm = 0): Date {
  const ms = Date.parse(`${day}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00Z`);
  return zonedInstant(ms, user.timezone);
}

/**
 * Calendar events: one-offs through the past and the next weeks, and repeating series (endless,
 * ended by COUNT, every other week) with cancelled and moved occurrences. Every series starts on
 * its first occurrence and carries `recurrence_until` as the calendar module computes it.
 */
export const calendarModule: SeedModule = {
  name: 'calendar',
  generate(data) {
    const { user } = data;
    const rng = user.rng('calendar');
    const ahead = user.heavy ? 60 : 14;
    for (let d = user.firstDay; d <= addDays(user.today, ahead); d = addDays(d, 1)) {
      if (!rng.chance(user.heavy ? 0.4 : 0.12)) continue;
      const [type, title] = rng.pick(ONE_OFFS);
      const allDay = rng.chance(0.1);
      const start = allDay ? wall(user, d, 0) : wall(user, d, rng.int(8, 20), rng.pick([0, 15, 30, 45]));
      const end = allDay
        ? wall(user, addDays(d, 1), 0)
        : new Date(start.getTime() + rng.pick([30, 60, 90, 120]) * 60_000);
      const id = rng.uuid();
      const location = rng.chance(0.3) ? rng.pick(['Studio B', 'Downtown', 'Online', 'Rehearsal room']) : null;
      data.add(calendar_events, {
        ...eventBase(user, rng, id, title, type, start, end, location),
        all_day: allDay,
        recurrence_rule: null,
        recurrence_until: null,
      });
      data.day(d).events.push({ id, title, type, start: allDay ? null : start, location });
    }

    const series: [string, string, DayKey, number, number, string, number][] = [];
    const firstTuesday = nextWeekday(user.firstDay, 1);
    if (user.heavy) {
      series.push(['Studio session', 'other', firstTuesday, 19, 180, 'FREQ=WEEKLY;BYDAY=TU', 12]);
      series.push([
        'Standup',
        'meeting',
        nextWeekday(addDays(user.firstDay, 100), 0),
        9,
        15,
        'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=300',
        8,
      ]);
      series.push(['Monthly review', 'other', addDays(user.today, -360), 17, 60, 'FREQ=MONTHLY;COUNT=36', 2]);
      series.push([
        'Band practice',
        'other',
        nextWeekday(addDays(user.today, -180), 3),
        20,
        120,
        'FREQ=WEEKLY;INTERVAL=2',
        3,
      ]);
    } else if (rng.chance(0.2)) {
      series.push(['Studio session', 'other', firstTuesday, 19, 120, 'FREQ=WEEKLY;BYDAY=TU', 1]);
    }
    for (const [title, type, day, hour, minutes, rule, exceptions] of series) {
      addSeries(data, rng, { title, type, day, hour, minutes, rule, exceptions });
    }
  },
};

/** The first day on or after `day` that is the given weekday (0 = Monday). */
function nextWeekday(day: DayKey, wanted: number): DayKey {
  let d = day;
  while (weekday(d) !== wanted) d = addDays(d, 1);
  return d;
}

function eventBase(
  user: SeedUser,
  rng: Rng,
  id: string,
  title: string,
  type: string,
  start: Date,
  end: Date | null,
  location: string | null,
) {
  const created = new Date(Math.min(start.getTime() - 3 * 86_400_000, user.now.getTime() - 3_600_000));
  const createdAt = created < user.createdAt ? user.createdAt : created;
  return {
    id,
    user_id: user.id,
    title,
    description: rng.chance(0.2) ? 'Bring the notebook.' : null,
    event_type: type,
    start_time: start,
    end_time: end,
    timezone: user.timezone,
    location,
    color: rng.chance(0.2) ? rng.pick(['#7c3aed', '#0ea5e9', '#22c55e']) : null,
    reminders: rng.chance(0.4) ? [10] : [],
    workout_id: null,
    habit_id: null,
    goal_id: null,
    created_at: createdAt,
    updated_at: createdAt,
  };
}

function addSeries(
  data: UserData,
  rng: Rng,
  s: { title: string; type: string; day: DayKey; hour: number; minutes: number; rule: string; exceptions: number },
): void {
  const { user } = data;
  const start = wall(user, s.day, s.hour);
  const series: Series = {
    start,
    end: new Date(start.getTime() + s.minutes * 60_000),
    timeZone: user.timezone,
    rule: s.rule,
  };
  const first = firstOccurrence(series);
  if (!first) return;
  series.start = first.start;
  series.end = first.end;
  const last = lastOccurrence(series);
  const id = rng.uuid();
  data.add(calendar_events, {
    ...eventBase(user, rng, id, s.title, s.type, series.start, series.end, null),
    all_day: false,
    recurrence_rule: s.rule,
    recurrence_until: last ? (last.end ?? last.start) : null,
  });

  const from = user.at(user.firstDay, 0);
  const to = user.at(addDays(user.today, 1), 0);
  const occurrences = expand(series, from, to);
  // Only occurrences before today, so the choice does not depend on the hour of the run.
  const before = user.at(user.today, 0);
  const past = occurrences.filter((o) => o.start < before);
  const changed = new Map<number, Date | null>();
  for (const o of rng.sample(past, s.exceptions)) {
    const cancelled = rng.chance(0.5);
    const moved = cancelled ? null : new Date(o.start.getTime() + 3_600_000);
    changed.set(o.start.getTime(), moved);
    data.add(calendar_event_exceptions, {
      id: rng.uuid(),
      user_id: user.id,
      event_id: id,
      occurrence_start: o.start,
      is_cancelled: cancelled,
      title: cancelled ? null : `${s.title} (moved)`,
      description: null,
      start_time: moved,
      end_time: moved && o.end ? new Date(o.end.getTime() + 3_600_000) : null,
      location: null,
      color: null,
      created_at: o.start,
      updated_at: o.start,
    });
  }
  for (const o of occurrences) {
    const exception = changed.get(o.start.getTime());
    if (exception === null) continue;
    const at = exception ?? o.start;
    data.day(user.dayOf(at)).events.push({ id, title: s.title, type: s.type, start: at, location: null });
  }
}
