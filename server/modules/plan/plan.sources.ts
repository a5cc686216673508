import type { PlanCandidate } from '#common/rules/plan';
import { type DayKey, dayRange } from '#common/time/day';
import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { scopeOf } from '../../platform/facts';
import { currentBook } from '../books';
import { listOccurrences } from '../calendar';
import { habitsDueOn } from '../habits';
import { reviewsOfDay } from '../learn';
import { questsInProgress } from '../quests';

const title = (s: string) => (s.length > 300 ? `${s.slice(0, 299)}…` : s);

/**
 * What the generator draws from for a day, each source through its module's own rules: the
 * day's calendar events (a workout event, such as a training program's day, becomes a workout
 * item), the habits due that day, the book being read, the reviews due by the day's end (one
 * item, done once they are all reviewed) and the quests in progress.
 */
export async function gatherSources(
  db: DbOrTx,
  ctx: Ctx,
  date: DayKey,
): Promise<{
  events: PlanCandidate[];
  habits: PlanCandidate[];
  reading: PlanCandidate[];
  reviews: PlanCandidate[];
  quests: PlanCandidate[];
}> {
  const { start, end } = dayRange(date, ctx.user.timezone, ctx.user.day_start_hour);
  const occurrences = await listOccurrences(db, ctx.userId, start, end);
  const habits = await habitsDueOn(db, { ...scopeOf(ctx), day: date });
  const quests = await questsInProgress(db, ctx.userId);
  const book = await currentBook(db, ctx.userId);
  const reviews = await reviewsOfDay(db, ctx.userId, start, end);
  const seen = new Set<string>();
  const events: PlanCandidate[] = [];
  for (const o of occurrences) {
    // One item per event: a series repeating within the day shows its first occurrence.
    if (seen.has(o.id)) continue;
    seen.add(o.id);
    events.push({
      kind: o.event_type === 'workout' ? 'workout' : 'event',
      ref_id: o.id,
      title: title(o.title),
      details: o.location,
      duration_minutes: null,
      scheduled_at: o.all_day ? null : o.start_time,
      done: false,
    });
  }
  return {
    events,
    habits: habits.map((h) => ({
      kind: 'habit',
      ref_id: h.id,
      title: title(h.name),
      details: h.target_count > 1 ? `${h.count}/${h.target_count}` : null,
      duration_minutes: null,
      scheduled_at: null,
      done: h.completed,
    })),
    reading: book
      ? [
          {
            kind: 'reading',
            ref_id: book.id,
            title: title(`Read ${book.title}`),
            details: book.total_pages ? `Page ${book.current_page} of ${book.total_pages}` : null,
            duration_minutes: null,
            scheduled_at: null,
            done: false,
          },
        ]
      : [],
    reviews:
      reviews.due > 0 || reviews.reviewed > 0
        ? [
            {
              kind: 'review',
              ref_id: null,
              title: reviews.due > 0 ? `Review ${reviews.due} ${reviews.due === 1 ? 'card' : 'cards'}` : 'Reviews',
              details: null,
              duration_minutes: null,
              scheduled_at: null,
              done: reviews.due === 0,
            },
          ]
        : [],
    quests: quests.map((q) => ({
      kind: 'quest',
      ref_id: q.id,
      title: title(q.title),
      details: q.target > 1 ? `${q.progress}/${q.target}` : null,
      duration_minutes: null,
      scheduled_at: null,
      done: false,
    })),
  };
}
