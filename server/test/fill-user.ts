import { randomUUID } from 'node:crypto';
import { asc, like } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../db/client';
import * as s from '../db/schema';

/**
 * Inserts at least one valid row, with the parents it needs, into every table that has a
 * `user_id` column. The account-deletion and export checks use it; when a table with a
 * user_id is added, add a row for it here (the deletion test fails until then).
 */
export async function fillEveryUserTable(db: DbOrTx, userId: string): Promise<void> {
  const user_id = userId;
  const now = new Date();
  const tag = randomUUID().slice(0, 8);
  const insert = async <T extends PgTable>(table: T, values: T['$inferInsert']): Promise<{ id: string }> => {
    const rows = (await db.insert(table).values(values).returning()) as unknown as { id: string }[];
    return rows[0] as { id: string };
  };

  // Identity and platform.
  await insert(s.accounts, { user_id, provider: 'test', provider_account_id: `fill-${tag}` });
  const session = await insert(s.sessions, {
    user_id,
    token_hash: `fill-${tag}`,
    expires_at: new Date(now.getTime() + 86_400_000),
    absolute_expires_at: new Date(now.getTime() + 86_400_000),
  });
  await db.insert(s.verification_tokens).values({
    identifier: `fill-${tag}`,
    token: `fill-${tag}`,
    purpose: 'email',
    user_id,
    expires: new Date(now.getTime() + 600_000),
  });
  await insert(s.authenticators, {
    user_id,
    credential_id: `fill-${tag}`,
    user_handle: 'handle',
    credential_public_key: 'key',
  });
  const [role] = await db.select().from(s.roles).orderBy(asc(s.roles.name)).limit(1);
  if (!role) throw new Error('No roles seeded');
  await db.insert(s.user_roles).values({ user_id, role_id: role.id });
  await db.insert(s.user_settings).values({ user_id, key: 'theme', value: 'dark' });
  await insert(s.audit_log, { user_id, session_id: session.id, event_type: 'fill' });
  await db.insert(s.realtime_events).values({ user_id, type: 'fill', data: {} });
  await db.insert(s.user_counters).values({ user_id, key: 'fill:count', value: 1 });
  const blob = { user_id, size_bytes: 10, content_type: 'audio/wav', purpose: 'reference_track' } as const;
  await insert(s.blobs, { ...blob, key: `users/${user_id}/reference_track/${tag}` });

  // Game layer.
  const event = await insert(s.activity_events, {
    user_id,
    event_type: 'focus_complete',
    occurred_at: now,
    local_date: '2026-01-05',
  });
  const ledger = await insert(s.points_ledger, {
    user_id,
    event_type: 'focus_complete',
    activity_event_id: event.id,
    xp: 25,
    coins: 5,
    skill_key: 'focus',
    skill_stars: 1,
    idempotency_key: `fill-${tag}`,
  });
  await insert(s.user_wallet, { user_id, coins: 5, total_earned: 5 });
  await insert(s.user_progress, { user_id, total_xp: 25 });
  await insert(s.user_streaks, { user_id, streak_type: 'daily', current_streak: 1, longest_streak: 1 });
  await insert(s.user_achievements, { user_id, achievement_key: 'first_focus' });
  await insert(s.user_skills, { user_id, skill_key: 'focus', stars: 1 });

  // Focus (its library tracks are reference tracks).
  const track = await insert(s.reference_tracks, {
    user_id,
    title: 'Reference',
    blob_key: `users/${user_id}/reference_track/${tag}`,
    filename: 'ref.wav',
    mime_type: 'audio/wav',
    size_bytes: 10,
  });
  const focus = await insert(s.focus_sessions, { user_id, duration_seconds: 1500 });
  await insert(s.focus_pause_state, { user_id, session_id: focus.id });
  const library = await insert(s.focus_libraries, { user_id, name: 'Deep work' });
  await insert(s.focus_library_tracks, { user_id, library_id: library.id, track_id: track.id });
  await insert(s.focus_presets, { user_id, name: 'Classic', is_default: true });

  // Habits, goals, quests.
  const habit = await insert(s.habits, { user_id, name: 'Stretch' });
  await insert(s.habit_logs, { user_id, habit_id: habit.id, log_date: '2026-01-05', count: 1, completed_at: now });
  const goal = await insert(s.goals, { user_id, title: 'Finish the EP' });
  await insert(s.goal_milestones, { user_id, goal_id: goal.id, title: 'Write the hook' });
  const [quest] = await db.select().from(s.universal_quests).orderBy(asc(s.universal_quests.key)).limit(1);
  if (!quest) throw new Error('No universal quests seeded');
  await insert(s.user_quest_progress, { user_id, quest_id: quest.id, period_key: '2026-01-05', target: quest.target });
  await insert(s.user_quests, { user_id, title: 'Call the mastering engineer' });

  // Exercise.
  const exercise = await insert(s.exercises, { user_id, name: 'Custom curl', category: 'strength' });
  const workout = await insert(s.workouts, { user_id, name: 'Push day' });
  await insert(s.workout_exercises, { user_id, workout_id: workout.id, exercise_id: exercise.id, target_sets: 3 });
  const program = await insert(s.training_programs, { user_id, name: 'Base', duration_weeks: 4 });
  const week = await insert(s.program_weeks, { user_id, program_id: program.id, week_number: 1 });
  const day = await insert(s.program_days, { user_id, week_id: week.id, day_of_week: 1, workout_id: workout.id });
  const workoutSession = await insert(s.workout_sessions, {
    user_id,
    workout_id: workout.id,
    program_day_id: day.id,
    name: 'Push day',
  });
  const set = await insert(s.exercise_sets, {
    user_id,
    session_id: workoutSession.id,
    exercise_id: exercise.id,
    set_number: 1,
    weight: 20,
    reps: 10,
    rpe: 8,
  });
  await insert(s.personal_records, {
    user_id,
    exercise_id: exercise.id,
    record_type: 'max_weight',
    value: 20,
    set_id: set.id,
    achieved_at: now,
  });

  // Calendar, plan, inbox, notes, feedback.
  const calendarEvent = await insert(s.calendar_events, {
    user_id,
    title: 'Session',
    start_time: now,
    recurrence_rule: 'FREQ=WEEKLY;COUNT=5',
    workout_id: workout.id,
    habit_id: habit.id,
    goal_id: goal.id,
  });
  await insert(s.calendar_event_exceptions, {
    user_id,
    event_id: calendarEvent.id,
    occurrence_start: now,
    is_cancelled: true,
  });
  await insert(s.calendar_feed_tokens, { user_id, token_hash: `fill-${tag}` });
  const plan = await insert(s.daily_plans, { user_id, plan_date: '2026-01-05' });
  await insert(s.daily_plan_items, { user_id, plan_id: plan.id, kind: 'habit', ref_id: habit.id, title: 'Stretch' });
  await insert(s.inbox_items, { user_id, title: 'Idea for a bassline', tags: ['music'] });
  await insert(s.ideas, { user_id, title: 'Sidechain the pads', body: 'Try a slow **release**.' });
  await insert(s.infobase_entries, { user_id, title: 'Gain staging', body: 'Keep peaks around -6 dBFS.' });
  await insert(s.user_references, { user_id, title: 'Mixing guide', url: 'https://example.com/mixing' });
  await insert(s.feedback, { user_id, type: 'praise', title: 'Nice', body: 'Love the focus timer.' });

  // Onboarding.
  const [step] = await db.select().from(s.onboarding_steps).orderBy(asc(s.onboarding_steps.step_order)).limit(1);
  if (!step) throw new Error('No onboarding steps seeded');
  await insert(s.user_onboarding_state, {
    user_id,
    flow_id: step.flow_id,
    current_step_id: step.id,
    status: 'in_progress',
  });
  await insert(s.user_onboarding_responses, { user_id, step_id: step.id, response: { seen: true } });

  // Market.
  const [item] = await db.select().from(s.market_items).orderBy(asc(s.market_items.key)).limit(1);
  if (!item) throw new Error('No market items seeded');
  const purchase = await insert(s.user_purchases, { user_id, item_id: item.id, cost_coins: item.cost_coins });
  const reward = await insert(s.personal_rewards, { user_id, title: 'An hour of gaming', cost_coins: 200 });
  await insert(s.user_purchases, { user_id, personal_reward_id: reward.id, cost_coins: 200, idempotency_key: 'k' });
  await insert(s.market_transactions, {
    user_id,
    type: 'purchase',
    coins: -item.cost_coins,
    description: item.name,
    item_id: item.id,
    purchase_id: purchase.id,
    personal_reward_id: reward.id,
    ledger_id: ledger.id,
  });
  await insert(s.user_rewards, { user_id, source_type: 'level_up', source_key: '2', title: 'Level 2', coins: 20 });
  await insert(s.market_recommendations, { user_id, item_id: item.id, reason: 'Almost affordable', score: 0.8 });

  // Books.
  const book = await insert(s.books, { user_id, title: 'Mixing Secrets', total_pages: 300, current_page: 20 });
  await insert(s.reading_sessions, { user_id, book_id: book.id, pages_read: 20, minutes: 30 });

  // Learn.
  const { lessonId, drillId } = await learnCatalogue(db, tag);
  await insert(s.user_lesson_progress, { user_id, lesson_id: lessonId, due: now });
  await insert(s.user_drill_stats, { user_id, drill_id: drillId, sessions: 1, total_correct: 8, total_questions: 10 });
  await insert(s.learn_drill_rounds, { user_id, drill_id: drillId, questions: [], total: 10, expires_at: now });

  // Reference tracks and analysis frames.
  const analysis = await insert(s.track_analyses, { user_id, track_id: track.id, analyzer_version: '1.0.0' });
  await insert(s.track_annotations, { user_id, track_id: track.id, start_ms: 1000, body: 'Kick is muddy here' });
  await insert(s.track_regions, { user_id, track_id: track.id, name: 'Drop', start_ms: 1000, end_ms: 5000 });
  const manifest = await insert(s.analysis_frame_manifests, {
    user_id,
    analysis_id: analysis.id,
    frame_count: 100,
    duration_ms: 1000,
    sample_rate: 44100,
    bands: [{ name: 'loudness', data_type: 'float32', size: 1 }],
    bytes_per_frame: 4,
    frame_layout: [{ name: 'loudness', offset: 0, size: 4 }],
    fingerprint: 'f'.repeat(64),
    analyzer_version: '1.0.0',
    total_chunks: 1,
  });
  await insert(s.analysis_frame_data, {
    user_id,
    manifest_id: manifest.id,
    chunk_index: 0,
    start_frame: 0,
    end_frame: 100,
    start_time_ms: 0,
    end_time_ms: 1000,
    frame_count: 100,
    data: Buffer.alloc(400),
  });
  await insert(s.analysis_events, { user_id, analysis_id: analysis.id, event_type: 'beat', time_ms: 500 });
}

/** The first seeded lesson and drill; a throwaway topic (key `fill-…`) while none are seeded. */
async function learnCatalogue(db: DbOrTx, tag: string): Promise<{ lessonId: string; drillId: string }> {
  let [lesson] = await db.select({ id: s.learn_lessons.id }).from(s.learn_lessons).limit(1);
  let [drill] = await db.select({ id: s.learn_drills.id }).from(s.learn_drills).limit(1);
  if (lesson && drill) return { lessonId: lesson.id, drillId: drill.id };
  const [topic] = await db
    .insert(s.learn_topics)
    .values({ key: `fill-${tag}`, name: 'Fill', description: 'Test topic' })
    .returning({ id: s.learn_topics.id });
  if (!topic) throw new Error('Could not create a topic');
  [lesson] = await db
    .insert(s.learn_lessons)
    .values({ topic_id: topic.id, key: `fill-${tag}`, title: 'Fill', summary: 'Fill', content_markdown: '# Fill' })
    .returning({ id: s.learn_lessons.id });
  [drill] = await db
    .insert(s.learn_drills)
    .values({
      topic_id: topic.id,
      key: `fill-${tag}`,
      title: 'Fill',
      description: 'Fill',
      drill_type: 'interval',
      config: {},
    })
    .returning({ id: s.learn_drills.id });
  if (!lesson || !drill) throw new Error('Could not create the learn catalogue');
  return { lessonId: lesson.id, drillId: drill.id };
}

/** Removes the throwaway learn topic (and its lesson and drill) that filling may have created. */
export async function removeFillCatalogue(db: DbOrTx): Promise<void> {
  await db.delete(s.learn_topics).where(like(s.learn_topics.key, 'fill-%'));
}
