import { describe, expect, it } from 'vitest';
import {
  type BookState,
  countPages,
  nextBookState,
  pagesPerWeek,
  progressPercent,
  readingStreak,
  statsFrom,
} from './books';

const now = new Date('2026-03-10T12:00:00Z');
const earlier = new Date('2026-03-01T12:00:00Z');
const fresh: BookState = {
  status: 'want_to_read',
  current_page: 0,
  total_pages: 100,
  started_at: null,
  finished_at: null,
};

describe('countPages', () => {
  it('counts pages from where the book stands', () => {
    expect(countPages(10, 100, { pages: 15 })).toEqual({ start_page: 10, end_page: 25, pages: 15, capped: 0 });
  });
  it('caps at the last page and says how much did not count', () => {
    expect(countPages(90, 100, { pages: 25 })).toEqual({ start_page: 90, end_page: 100, pages: 10, capped: 15 });
    expect(countPages(100, 100, { pages: 5 })).toMatchObject({ pages: 0, capped: 5 });
  });
  it('reads an end page as the pages up to it, nothing when it is behind', () => {
    expect(countPages(10, 100, { end_page: 40 })).toMatchObject({ pages: 30, end_page: 40 });
    expect(countPages(10, 100, { end_page: 5 })).toMatchObject({ pages: 0, end_page: 10 });
    expect(countPages(10, 100, { end_page: 500 })).toMatchObject({ pages: 90, end_page: 100 });
  });
  it('has no cap for a book of unknown length', () => {
    expect(countPages(10, null, { pages: 5000 })).toMatchObject({ pages: 5000, capped: 0 });
  });
});

describe('nextBookState', () => {
  it('starts a book read from, dating its start once', () => {
    const s = nextBookState(fresh, { current_page: 5 }, now);
    expect(s).toMatchObject({ status: 'reading', started_at: now, finished: false });
    const again = nextBookState({ ...s, started_at: earlier }, { current_page: 9 }, now);
    expect(again.started_at).toBe(earlier);
  });
  it('starts a book on a session of minutes only', () => {
    expect(nextBookState(fresh, { read: true }, now).status).toBe('reading');
  });
  it('finishes a book whose page reaches the last one', () => {
    const s = nextBookState(
      { ...fresh, status: 'reading', current_page: 90, started_at: earlier },
      { current_page: 100 },
      now,
    );
    expect(s).toMatchObject({ status: 'finished', finished_at: now, finished: true });
  });
  it('moves a book finished by status to its last page', () => {
    const s = nextBookState({ ...fresh, current_page: 12 }, { status: 'finished' }, now);
    expect(s).toMatchObject({
      status: 'finished',
      current_page: 100,
      started_at: now,
      finished_at: now,
      finished: true,
    });
  });
  it('reopens a finished book without its finish date, and does not finish it again by standing still', () => {
    const done: BookState = {
      ...fresh,
      status: 'finished',
      current_page: 100,
      started_at: earlier,
      finished_at: earlier,
    };
    const open = nextBookState(done, { status: 'reading' }, now);
    expect(open).toMatchObject({ status: 'reading', finished_at: null, current_page: 100, finished: false });
    expect(nextBookState(open, { read: true }, now).status).toBe('reading');
  });
  it('does not count finishing a finished book again', () => {
    const done: BookState = {
      ...fresh,
      status: 'finished',
      current_page: 100,
      started_at: earlier,
      finished_at: earlier,
    };
    expect(nextBookState(done, { status: 'finished' }, now)).toMatchObject({ finished: false, finished_at: earlier });
  });
  it('leaves an abandoned book abandoned when its page moves', () => {
    const s = nextBookState({ ...fresh, status: 'abandoned' }, { current_page: 100 }, now);
    expect(s.status).toBe('abandoned');
  });
});

describe('readingStreak', () => {
  it('counts days in a row up to today', () => {
    expect(readingStreak(['2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10')).toBe(3);
  });
  it('keeps a run that ended yesterday, and drops one that ended before', () => {
    expect(readingStreak(['2026-03-08', '2026-03-09'], '2026-03-10')).toBe(2);
    expect(readingStreak(['2026-03-07', '2026-03-08'], '2026-03-10')).toBe(0);
  });
  it('stops at a gap', () => {
    expect(readingStreak(['2026-03-06', '2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10')).toBe(3);
  });
});

describe('pagesPerWeek', () => {
  it('sums days into Monday weeks, oldest first, this week last', () => {
    const weeks = pagesPerWeek(
      [
        { day: '2026-03-10', pages: 10, minutes: 5 },
        { day: '2026-03-09', pages: 4, minutes: 0 },
        { day: '2026-03-08', pages: 7, minutes: 30 },
        { day: '2025-01-01', pages: 99, minutes: 99 },
      ],
      '2026-03-10',
      3,
    );
    expect(weeks).toEqual([
      { week_start: '2026-02-23', pages: 0, minutes: 0 },
      { week_start: '2026-03-02', pages: 7, minutes: 30 },
      { week_start: '2026-03-09', pages: 14, minutes: 5 },
    ]);
  });
});

describe('statsFrom and progressPercent', () => {
  it('reads back far enough for both the weeks and the streak', () => {
    expect(statsFrom('2026-03-10', 12, 366)).toBe('2025-03-09');
    expect(statsFrom('2026-03-10', 12, 7)).toBe('2025-12-22');
  });
  it('rounds progress down and knows no progress without a length', () => {
    expect(progressPercent({ current_page: 1, total_pages: 3 })).toBe(33);
    expect(progressPercent({ current_page: 5, total_pages: null })).toBeNull();
  });
});
