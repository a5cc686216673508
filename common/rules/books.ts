import type { BookStatus } from '../contracts/books';
import { addDays, type DayKey, weekStart } from '../time/day';

/**
 * Books and reading sessions (SPEC §6 Books, docs/RULES.md "Books"): how a session advances a
 * book, how a status change dates it, and the reading stats. Inputs in, result out.
 */

export interface BookPages {
  current_page: number;
  total_pages: number | null;
}

/** What a session counts: pages (or an end page) from where the book stands, never past its last page. */
export interface CountedPages {
  start_page: number;
  end_page: number;
  pages: number;
  /** Pages asked for beyond the last page, which did not count. */
  capped: number;
}

/**
 * The pages a sitting counts, from `from` (the page the book was at): `pages` read, or up to
 * `end_page`. An end page at or before `from` counts nothing. The book's last page caps it.
 */
export function countPages(
  from: number,
  total: number | null,
  read: { pages?: number | undefined; end_page?: number | undefined },
): CountedPages {
  const asked = read.end_page !== undefined ? Math.max(0, read.end_page - from) : (read.pages ?? 0);
  const room = total === null ? asked : Math.max(0, total - from);
  const pages = Math.min(asked, room);
  return { start_page: from, end_page: from + pages, pages, capped: asked - pages };
}

/** Whether a book at this page has reached its last page. */
export const atLastPage = (b: BookPages) => b.total_pages !== null && b.current_page >= b.total_pages;

export interface BookState extends BookPages {
  status: BookStatus;
  started_at: Date | null;
  finished_at: Date | null;
}

/**
 * The book after a change of status or page at `now`:
 * - a `want_to_read` book that is read from (a session, or its page moves forward) becomes `reading`;
 * - reaching the last page finishes a `want_to_read` or `reading` book;
 * - `reading` dates `started_at` the first time; `finished` dates `finished_at` (and moves the
 *   page to the last one); leaving `finished` clears `finished_at`.
 * `finished` is true when the change made the book finished (it was not before).
 */
export function nextBookState(
  before: BookState,
  change: {
    status?: BookStatus | undefined;
    current_page?: number | undefined;
    total_pages?: number | null | undefined;
    /** A reading session was logged (even one of minutes only). */
    read?: boolean;
  },
  now: Date,
): BookState & { finished: boolean } {
  const total = change.total_pages !== undefined ? change.total_pages : before.total_pages;
  let current = change.current_page ?? before.current_page;
  let status = change.status ?? before.status;
  if (change.status === undefined) {
    // Only a page that moved forward finishes a book: one reopened at its last page stays open.
    const moved = current > before.current_page;
    if (status === 'want_to_read' && (moved || change.read)) status = 'reading';
    if (
      moved &&
      (status === 'reading' || status === 'want_to_read') &&
      atLastPage({ current_page: current, total_pages: total })
    ) {
      status = 'finished';
    }
  }
  if (status === 'finished' && total !== null && change.current_page === undefined) current = total;
  let started_at = before.started_at;
  let finished_at = before.finished_at;
  if ((status === 'reading' || status === 'finished') && !started_at) started_at = now;
  if (status === 'finished' && before.status !== 'finished') finished_at = now;
  if (status !== 'finished') finished_at = null;
  return {
    status,
    current_page: current,
    total_pages: total,
    started_at,
    finished_at,
    finished: status === 'finished' && before.status !== 'finished',
  };
}

export interface ReadingDay {
  day: DayKey;
  pages: number;
  minutes: number;
}

/**
 * Days in a row with reading up to `today`: a run that ended yesterday still counts (today is
 * not over), one that ended before yesterday is 0. `days` may come in any order.
 */
export function readingStreak(days: readonly DayKey[], today: DayKey): number {
  const read = new Set(days);
  let day = read.has(today) ? today : addDays(today, -1);
  let n = 0;
  while (read.has(day)) {
    n += 1;
    day = addDays(day, -1);
  }
  return n;
}

/** Pages and minutes per week (Monday first) for the `weeks` weeks ending with today's, oldest first. */
export function pagesPerWeek(
  days: readonly ReadingDay[],
  today: DayKey,
  weeks: number,
): { week_start: DayKey; pages: number; minutes: number }[] {
  const thisWeek = weekStart(today);
  const out = Array.from({ length: weeks }, (_, i) => ({
    week_start: addDays(thisWeek, -7 * (weeks - 1 - i)),
    pages: 0,
    minutes: 0,
  }));
  const index = new Map(out.map((w, i) => [w.week_start, i]));
  for (const d of days) {
    const i = index.get(weekStart(d.day));
    if (i === undefined) continue;
    const week = out[i] as (typeof out)[number];
    week.pages += d.pages;
    week.minutes += d.minutes;
  }
  return out;
}

/** The first day the stats read: the Monday `weeks − 1` weeks back, or a year back for the streak. */
export function statsFrom(today: DayKey, weeks: number, streakDays: number): DayKey {
  const weeksFrom = addDays(weekStart(today), -7 * (weeks - 1));
  const streakFrom = addDays(today, -streakDays);
  // Day keys compare as strings.
  if (weeksFrom < streakFrom) return weeksFrom;
  return streakFrom;
}

/** Progress through a book of known length, 0–100. */
export const progressPercent = (b: BookPages) =>
  b.total_pages === null ? null : Math.min(100, Math.floor((b.current_page / b.total_pages) * 100));
