import {
  type LearnDifficulty,
  type LearnPage,
  type LearnProgress,
  PROGRESS_DAYS,
  type Topic,
  type TopicDetail,
} from '#common/contracts/learn';
import type { DrillType } from '#common/enums';
import { addDays, dayStart } from '#common/time/day';
import type { Ctx } from '../../platform/access';
import { notFound } from '../../platform/errors';
import { scopeOf } from '../../platform/facts';
import * as repo from './learn.repo';
import { drillView, lessonSummaryView, topicView } from './learn.view';
import { dueSummary } from './review.service';

async function topicsWithCounts(ctx: Ctx, rows: repo.TopicRow[]): Promise<Topic[]> {
  const counts = await repo.topicCounts(ctx.database.db, ctx.userId);
  const lessons = new Map(counts.lessons.map((c) => [c.topic_id, c]));
  const drills = new Map(counts.drills.map((c) => [c.topic_id, c.total]));
  return rows.map((row) =>
    topicView(row, {
      lessons_total: lessons.get(row.id)?.total ?? 0,
      lessons_completed: lessons.get(row.id)?.completed ?? 0,
      drills_total: drills.get(row.id) ?? 0,
    }),
  );
}

export async function topics(ctx: Ctx): Promise<Topic[]> {
  return topicsWithCounts(ctx, await repo.listTopics(ctx.database.db));
}

export async function topic(ctx: Ctx, id: string): Promise<TopicDetail> {
  const db = ctx.database.db;
  const row = await repo.findTopic(db, id);
  if (!row) throw notFound('topic');
  const [view] = await topicsWithCounts(ctx, [row]);
  const lessons = await repo.listLessons(db, ctx.userId, id);
  const drills = await repo.listDrills(db, ctx.userId, id);
  return {
    ...(view as Topic),
    lessons: lessons.map((l) => lessonSummaryView(l.lesson, l.progress)),
    drills: drills.map((d) => drillView(d.drill, d.stats)),
  };
}

/** The page in one read: topics, drills, what is due, and the lesson to carry on with. */
export async function page(ctx: Ctx): Promise<LearnPage> {
  const db = ctx.database.db;
  const lessons = await repo.listLessons(db, ctx.userId);
  const drills = await repo.listDrills(db, ctx.userId);
  const due = await dueSummary(ctx);
  const started = lessons
    .filter((l) => l.progress && !l.progress.completed_at)
    .sort(
      (a, b) =>
        (a.progress as repo.ProgressRow).started_at.getTime() - (b.progress as repo.ProgressRow).started_at.getTime(),
    );
  const next = started[0] ?? lessons.find((l) => !l.progress);
  return {
    topics: await topics(ctx),
    drills: drills.map((d) => drillView(d.drill, d.stats)),
    review: { due_count: due.due_now, next_due: due.next_due },
    continue_lesson: next ? lessonSummaryView(next.lesson, next.progress) : null,
  };
}

/** Lessons per topic, each drill's scores, rounds per day over PROGRESS_DAYS, and what is due. */
export async function progress(ctx: Ctx): Promise<LearnProgress> {
  const db = ctx.database.db;
  const scope = scopeOf(ctx);
  const all = await topics(ctx);
  const drills = await repo.listDrills(db, ctx.userId);
  const from = dayStart(addDays(scope.day, -(PROGRESS_DAYS - 1)), scope.timezone, scope.day_start_hour);
  const days = await repo.scoresPerDay(db, ctx.userId, from, scope.timezone, scope.day_start_hour);
  const due = await dueSummary(ctx);
  return {
    lessons_completed: all.reduce((n, t) => n + t.lessons_completed, 0),
    lessons_total: all.reduce((n, t) => n + t.lessons_total, 0),
    topics: all.map((t) => ({ id: t.id, name: t.name, completed: t.lessons_completed, total: t.lessons_total })),
    drills: drills.map(({ drill, stats }) => ({
      id: drill.id,
      title: drill.title,
      drill_type: drill.drill_type as DrillType,
      difficulty: drill.difficulty as LearnDifficulty,
      sessions: stats?.sessions ?? 0,
      best_score: stats?.best_score ?? null,
      last_score: stats?.last_score ?? null,
    })),
    scores: days.map((d) => ({ day: d.day, rounds: d.rounds, average_score: Math.round(d.average) })),
    reviews: { due_now: due.due_now, due_next_7_days: due.due_soon - due.due_now },
  };
}
