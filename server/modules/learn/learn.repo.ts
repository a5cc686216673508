import { and, asc, count, eq, gte, isNotNull, isNull, lt, lte, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client';
import { type Fact, fact, param } from '../../platform/facts';
import {
  learn_drill_rounds,
  learn_drills,
  learn_lessons,
  learn_topics,
  user_drill_stats,
  user_lesson_progress,
} from './learn.tables';

export type TopicRow = typeof learn_topics.$inferSelect;
export type LessonRow = typeof learn_lessons.$inferSelect;
export type DrillRow = typeof learn_drills.$inferSelect;
export type ProgressRow = typeof user_lesson_progress.$inferSelect;
export type StatsRow = typeof user_drill_stats.$inferSelect;
export type RoundRow = typeof learn_drill_rounds.$inferSelect;
export type NewRoundRow = typeof learn_drill_rounds.$inferInsert;

// ── Catalogue (small, admin-kept: read whole, active only) ────────────────────

export async function listTopics(db: DbOrTx): Promise<TopicRow[]> {
  return db
    .select()
    .from(learn_topics)
    .where(eq(learn_topics.is_active, true))
    .orderBy(asc(learn_topics.sort_order), asc(learn_topics.id));
}

export async function findTopic(db: DbOrTx, id: string): Promise<TopicRow | null> {
  const [row] = await db
    .select()
    .from(learn_topics)
    .where(and(eq(learn_topics.id, id), eq(learn_topics.is_active, true)));
  return row ?? null;
}

export interface LessonWithProgress {
  lesson: LessonRow;
  progress: ProgressRow | null;
}

/** Active lessons of active topics (one topic's, or all), in order, with the user's progress. */
export async function listLessons(db: DbOrTx, userId: string, topicId?: string): Promise<LessonWithProgress[]> {
  return db
    .select({ lesson: learn_lessons, progress: user_lesson_progress })
    .from(learn_lessons)
    .innerJoin(learn_topics, eq(learn_topics.id, learn_lessons.topic_id))
    .leftJoin(
      user_lesson_progress,
      and(eq(user_lesson_progress.lesson_id, learn_lessons.id), eq(user_lesson_progress.user_id, userId)),
    )
    .where(
      and(
        eq(learn_lessons.is_active, true),
        eq(learn_topics.is_active, true),
        topicId ? eq(learn_lessons.topic_id, topicId) : undefined,
      ),
    )
    .orderBy(asc(learn_topics.sort_order), asc(learn_topics.id), asc(learn_lessons.sort_order), asc(learn_lessons.id));
}

/** An active lesson of an active topic, with its topic and the user's progress. */
export async function findLesson(db: DbOrTx, userId: string, id: string) {
  const [row] = await db
    .select({ lesson: learn_lessons, topic: learn_topics, progress: user_lesson_progress })
    .from(learn_lessons)
    .innerJoin(learn_topics, eq(learn_topics.id, learn_lessons.topic_id))
    .leftJoin(
      user_lesson_progress,
      and(eq(user_lesson_progress.lesson_id, learn_lessons.id), eq(user_lesson_progress.user_id, userId)),
    )
    .where(and(eq(learn_lessons.id, id), eq(learn_lessons.is_active, true), eq(learn_topics.is_active, true)));
  return row ?? null;
}

/** The active lesson after `lesson` in its topic's order, or null. */
export async function nextLessonId(db: DbOrTx, lesson: LessonRow): Promise<string | null> {
  const [row] = await db
    .select({ id: learn_lessons.id })
    .from(learn_lessons)
    .where(
      and(
        eq(learn_lessons.topic_id, lesson.topic_id),
        eq(learn_lessons.is_active, true),
        sql`(${learn_lessons.sort_order}, ${learn_lessons.id}) > (${lesson.sort_order}, ${lesson.id})`,
      ),
    )
    .orderBy(asc(learn_lessons.sort_order), asc(learn_lessons.id))
    .limit(1);
  return row?.id ?? null;
}

export interface DrillWithStats {
  drill: DrillRow;
  stats: StatsRow | null;
}

/** Active drills of active topics (one topic's, or all), in order, with the user's stats. */
export async function listDrills(db: DbOrTx, userId: string, topicId?: string): Promise<DrillWithStats[]> {
  return db
    .select({ drill: learn_drills, stats: user_drill_stats })
    .from(learn_drills)
    .innerJoin(learn_topics, eq(learn_topics.id, learn_drills.topic_id))
    .leftJoin(
      user_drill_stats,
      and(eq(user_drill_stats.drill_id, learn_drills.id), eq(user_drill_stats.user_id, userId)),
    )
    .where(
      and(
        eq(learn_drills.is_active, true),
        eq(learn_topics.is_active, true),
        topicId ? eq(learn_drills.topic_id, topicId) : undefined,
      ),
    )
    .orderBy(asc(learn_topics.sort_order), asc(learn_topics.id), asc(learn_drills.sort_order), asc(learn_drills.id));
}

export async function findDrill(db: DbOrTx, userId: string, id: string): Promise<DrillWithStats | null> {
  const [row] = await db
    .select({ drill: learn_drills, stats: user_drill_stats })
    .from(learn_drills)
    .innerJoin(learn_topics, eq(learn_topics.id, learn_drills.topic_id))
    .leftJoin(
      user_drill_stats,
      and(eq(user_drill_stats.drill_id, learn_drills.id), eq(user_drill_stats.user_id, userId)),
    )
    .where(and(eq(learn_drills.id, id), eq(learn_drills.is_active, true), eq(learn_topics.is_active, true)));
  return row ?? null;
}

// ── Lesson progress ───────────────────────────────────────────────────────────

/** The user's progress row of a lesson, made if missing, locked until the transaction ends. */
export async function lockProgress(db: DbOrTx, userId: string, lessonId: string, now: Date): Promise<ProgressRow> {
  await db
    .insert(user_lesson_progress)
    .values({ user_id: userId, lesson_id: lessonId, started_at: now, created_at: now, updated_at: now })
    .onConflictDoNothing({ target: [user_lesson_progress.user_id, user_lesson_progress.lesson_id] });
  const row = await findProgress(db, userId, lessonId, true);
  if (!row) throw new Error('the lesson progress row was not made');
  return row;
}

export async function findProgress(
  db: DbOrTx,
  userId: string,
  lessonId: string,
  lock = false,
): Promise<ProgressRow | null> {
  const query = db
    .select()
    .from(user_lesson_progress)
    .where(and(eq(user_lesson_progress.user_id, userId), eq(user_lesson_progress.lesson_id, lessonId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateProgress(
  db: DbOrTx,
  id: string,
  patch: Partial<Omit<ProgressRow, 'id' | 'user_id' | 'lesson_id' | 'created_at'>>,
): Promise<ProgressRow> {
  const [row] = await db.update(user_lesson_progress).set(patch).where(eq(user_lesson_progress.id, id)).returning();
  if (!row) throw new Error('update of user_lesson_progress returned no row');
  return row;
}

// ── Drill stats and rounds ────────────────────────────────────────────────────

/** The user's stats row of a drill, made if missing, locked until the transaction ends. */
export async function lockStats(db: DbOrTx, userId: string, drillId: string, now: Date): Promise<StatsRow> {
  await db
    .insert(user_drill_stats)
    .values({ user_id: userId, drill_id: drillId, created_at: now, updated_at: now })
    .onConflictDoNothing({ target: [user_drill_stats.user_id, user_drill_stats.drill_id] });
  const row = await findStats(db, userId, drillId, true);
  if (!row) throw new Error('the drill stats row was not made');
  return row;
}

export async function findStats(db: DbOrTx, userId: string, drillId: string, lock = false): Promise<StatsRow | null> {
  const query = db
    .select()
    .from(user_drill_stats)
    .where(and(eq(user_drill_stats.user_id, userId), eq(user_drill_stats.drill_id, drillId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateStats(
  db: DbOrTx,
  id: string,
  patch: Partial<Omit<StatsRow, 'id' | 'user_id' | 'drill_id' | 'created_at'>>,
): Promise<StatsRow> {
  const [row] = await db.update(user_drill_stats).set(patch).where(eq(user_drill_stats.id, id)).returning();
  if (!row) throw new Error('update of user_drill_stats returned no row');
  return row;
}

export async function insertRound(db: DbOrTx, values: NewRoundRow): Promise<RoundRow> {
  const [row] = await db.insert(learn_drill_rounds).values(values).returning();
  if (!row) throw new Error('insert into learn_drill_rounds returned no row');
  return row;
}

/**
 * Deletes the user's unsubmitted rounds that expired before `before`; `issuedBefore` bounds the
 * scan on learn_drill_rounds_user_issued_idx (a round expires a fixed time after its issue).
 */
export async function deleteStaleRounds(db: DbOrTx, userId: string, before: Date, issuedBefore: Date): Promise<void> {
  await db
    .delete(learn_drill_rounds)
    .where(
      and(
        eq(learn_drill_rounds.user_id, userId),
        lt(learn_drill_rounds.issued_at, issuedBefore),
        lt(learn_drill_rounds.expires_at, before),
        isNull(learn_drill_rounds.submitted_at),
      ),
    );
}

/** One of the user's rounds of a drill, locked until the transaction ends. */
export async function lockRound(db: DbOrTx, userId: string, drillId: string, id: string): Promise<RoundRow | null> {
  const [row] = await db
    .select()
    .from(learn_drill_rounds)
    .where(
      and(
        eq(learn_drill_rounds.id, id),
        eq(learn_drill_rounds.user_id, userId),
        eq(learn_drill_rounds.drill_id, drillId),
      ),
    )
    .for('update');
  return row ?? null;
}

export async function updateRound(
  db: DbOrTx,
  id: string,
  patch: Partial<Omit<RoundRow, 'id' | 'user_id' | 'drill_id' | 'created_at'>>,
): Promise<RoundRow> {
  const [row] = await db.update(learn_drill_rounds).set(patch).where(eq(learn_drill_rounds.id, id)).returning();
  if (!row) throw new Error('update of learn_drill_rounds returned no row');
  return row;
}

/** Practice rounds the user submitted in [from, to), through learn_drill_rounds_user_submitted_idx. */
export async function practiceRoundsSubmitted(db: DbOrTx, userId: string, from: Date, to: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(learn_drill_rounds)
    .where(
      and(
        eq(learn_drill_rounds.user_id, userId),
        isNotNull(learn_drill_rounds.submitted_at),
        gte(learn_drill_rounds.submitted_at, from),
        lt(learn_drill_rounds.submitted_at, to),
        eq(learn_drill_rounds.purpose, 'practice'),
      ),
    );
  return row?.n ?? 0;
}

/** Rounds and their average score per user day since `from`, through learn_drill_rounds_user_submitted_idx. */
export async function scoresPerDay(db: DbOrTx, userId: string, from: Date, timeZone: string, dayStartHour: number) {
  const day = sql<string>`to_char((${learn_drill_rounds.submitted_at} at time zone ${timeZone}) - make_interval(hours => ${dayStartHour}::int), 'YYYY-MM-DD')`;
  return db
    .select({
      day,
      rounds: sql<number>`count(*)`.mapWith(Number),
      average: sql<number>`avg(${learn_drill_rounds.score})`.mapWith(Number),
    })
    .from(learn_drill_rounds)
    .where(
      and(
        eq(learn_drill_rounds.user_id, userId),
        isNotNull(learn_drill_rounds.submitted_at),
        gte(learn_drill_rounds.submitted_at, from),
      ),
    )
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

// ── Review queue (the partial indexes on (user_id, due)) ──────────────────────

const cardColumns = <T extends typeof user_lesson_progress | typeof user_drill_stats>(t: T) => ({
  due: t.due,
  stability: t.stability,
  difficulty: t.difficulty,
  elapsed_days: t.elapsed_days,
  scheduled_days: t.scheduled_days,
  learning_steps: t.learning_steps,
  reps: t.reps,
  lapses: t.lapses,
  state: t.state,
  last_review: t.last_review,
});

/** The user's lesson cards due by `now`, the longest overdue first. */
export async function dueLessons(db: DbOrTx, userId: string, now: Date, limit: number) {
  return db
    .select({
      ...cardColumns(user_lesson_progress),
      id: learn_lessons.id,
      title: learn_lessons.title,
      topic_id: learn_topics.id,
      topic_name: learn_topics.name,
    })
    .from(user_lesson_progress)
    .innerJoin(learn_lessons, eq(learn_lessons.id, user_lesson_progress.lesson_id))
    .innerJoin(learn_topics, eq(learn_topics.id, learn_lessons.topic_id))
    .where(
      and(
        eq(user_lesson_progress.user_id, userId),
        isNotNull(user_lesson_progress.due),
        lte(user_lesson_progress.due, now),
        eq(learn_lessons.is_active, true),
        eq(learn_topics.is_active, true),
      ),
    )
    .orderBy(asc(user_lesson_progress.due), asc(user_lesson_progress.id))
    .limit(limit);
}

/** The user's drill cards due by `now`, the longest overdue first. */
export async function dueDrills(db: DbOrTx, userId: string, now: Date, limit: number) {
  return db
    .select({
      ...cardColumns(user_drill_stats),
      id: learn_drills.id,
      title: learn_drills.title,
      drill_type: learn_drills.drill_type,
      topic_id: learn_topics.id,
      topic_name: learn_topics.name,
    })
    .from(user_drill_stats)
    .innerJoin(learn_drills, eq(learn_drills.id, user_drill_stats.drill_id))
    .innerJoin(learn_topics, eq(learn_topics.id, learn_drills.topic_id))
    .where(
      and(
        eq(user_drill_stats.user_id, userId),
        isNotNull(user_drill_stats.due),
        lte(user_drill_stats.due, now),
        eq(learn_drills.is_active, true),
        eq(learn_topics.is_active, true),
      ),
    )
    .orderBy(asc(user_drill_stats.due), asc(user_drill_stats.id))
    .limit(limit);
}

/**
 * The schedules of a user's cards of both kinds, on active content only, each kind read through
 * its partial index on `(user_id, due)`; a condition on `due` outside it is pushed into both
 * arms. Hidden content is left out by a `not in` over the (few, usually no) hidden ids, hashed
 * once per statement, rather than a join per card. (Today's count, read on every screen, leaves
 * it out from memory instead: `dueContentFact`.)
 */
const cardDues = (user: SQL | Placeholder) => sql`
  select p.due, p.last_review from ${user_lesson_progress} p
   where p.user_id = ${user} and p.due is not null
     and p.lesson_id not in (
       select l.id from ${learn_lessons} l join ${learn_topics} t on t.id = l.topic_id
        where not (l.is_active and t.is_active))
  union all
  select s.due, s.last_review from ${user_drill_stats} s
   where s.user_id = ${user} and s.due is not null
     and s.drill_id not in (
       select d.id from ${learn_drills} d join ${learn_topics} t on t.id = d.topic_id
        where not (d.is_active and t.is_active))`;

/** How many of the user's cards are due by `now` and by `soon`, and when the next one after `now` comes due. */
export async function dueCounts(db: DbOrTx, userId: string, now: Date, soon: Date) {
  const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  const [row] = await queryRows<{ due_now: number; due_soon: number; next_due: string | Date | null }>(
    db,
    sql`
    select count(*) filter (where c.due <= ${at(now)})::int as due_now,
           count(*) filter (where c.due <= ${at(soon)})::int as due_soon,
           min(c.due) filter (where c.due > ${at(now)}) as next_due
      from (${cardDues(sql`${userId}`)}) c`,
  );
  return {
    due_now: Number(row?.due_now ?? 0),
    due_soon: Number(row?.due_soon ?? 0),
    next_due: row?.next_due ? new Date(row.next_due) : null,
  };
}

/** The lessons and drills a user cannot see: inactive themselves, or of an inactive topic. */
export async function hiddenContent(db: DbOrTx): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select l.id from ${learn_lessons} l join ${learn_topics} t on t.id = l.topic_id
         where not (l.is_active and t.is_active)
        union all
        select d.id from ${learn_drills} d join ${learn_topics} t on t.id = d.topic_id
         where not (d.is_active and t.is_active)`,
  );
  return rows.map((r) => r.id);
}

/**
 * The lessons and drills of the user's cards due by the scope's instant, through the partial
 * indexes only: the caller leaves out hidden content from memory (`LearnScope`).
 */
export const dueContentFact: Fact<string[], unknown> = fact(
  sql`(select coalesce(json_agg(c.id), '[]') from (
        select p.lesson_id as id from ${user_lesson_progress} p
         where p.user_id = ${param.user} and p.due is not null and p.due <= ${param.now}::timestamptz
        union all
        select s.drill_id from ${user_drill_stats} s
         where s.user_id = ${param.user} and s.due is not null and s.due <= ${param.now}::timestamptz) c)`,
  (value) => (Array.isArray(value) ? (value as string[]) : []),
);

/** For the plan's review item: the user's cards due by the end of a day, and those reviewed within it. */
export async function reviewDay(db: DbOrTx, userId: string, start: Date, end: Date) {
  const [row] = await queryRows<{ due: number; reviewed: number }>(
    db,
    sql`
    select count(*) filter (where c.due < ${end.toISOString()}::timestamptz)::int as due,
           count(*) filter (where c.last_review >= ${start.toISOString()}::timestamptz
                              and c.last_review < ${end.toISOString()}::timestamptz)::int as reviewed
      from (${cardDues(sql`${userId}`)}) c`,
  );
  return { due: Number(row?.due ?? 0), reviewed: Number(row?.reviewed ?? 0) };
}

/** Per active topic: its active lessons, the user's completed ones among them, and its active drills. */
export async function topicCounts(db: DbOrTx, userId: string) {
  const lessons = await db
    .select({
      topic_id: learn_lessons.topic_id,
      total: count(),
      completed: sql<number>`count(${user_lesson_progress.completed_at})`.mapWith(Number),
    })
    .from(learn_lessons)
    .leftJoin(
      user_lesson_progress,
      and(eq(user_lesson_progress.lesson_id, learn_lessons.id), eq(user_lesson_progress.user_id, userId)),
    )
    .where(eq(learn_lessons.is_active, true))
    .groupBy(learn_lessons.topic_id);
  const drills = await db
    .select({ topic_id: learn_drills.topic_id, total: count() })
    .from(learn_drills)
    .where(eq(learn_drills.is_active, true))
    .groupBy(learn_drills.topic_id);
  return { lessons, drills };
}
