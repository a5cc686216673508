import type { AchievementTrigger } from '#common/catalogue';
import { achievementCategories } from '#common/enums';
import type { DbOrTx } from '../client';
import { achievement_definitions } from '../schema';
import { upsertByKey } from './upsert';

type CountEvent = Extract<AchievementTrigger, { trigger_type: 'count' }>['trigger_config']['event'];
type StreakKind = Extract<AchievementTrigger, { trigger_type: 'streak' }>['trigger_config']['streak_type'];
type Metric = Extract<AchievementTrigger, { trigger_type: 'total' }>['trigger_config']['metric'];

const count = (event: CountEvent, n: number): AchievementTrigger => ({
  trigger_type: 'count',
  trigger_config: { event, count: n },
});
/** One focus session of at least `seconds` focused time. */
const longSession = (seconds: number): AchievementTrigger => ({
  trigger_type: 'count',
  trigger_config: { event: 'focus_complete', count: 1, min_duration: seconds },
});
const streak = (streak_type: StreakKind, days: number): AchievementTrigger => ({
  trigger_type: 'streak',
  trigger_config: { streak_type, days },
});
const level = (n: number): AchievementTrigger => ({ trigger_type: 'level', trigger_config: { level: n } });
const total = (metric: Metric, amount: number): AchievementTrigger => ({
  trigger_type: 'total',
  trigger_config: { metric, amount },
});

/** [key, name, description, icon, trigger, reward XP, reward coins, hidden?] */
type Row = [string, string, string, string, AchievementTrigger, number, number, boolean?];

/**
 * Achievements by category. The classic fifteen: first_focus, focus_10, focus_100, deep_work,
 * streak_3/7/30/100, first_habit, habit_streak_7, first_book, books_10, first_workout,
 * first_pr, first_lesson. Keys are stable identifiers; never rename one.
 */
export const achievementSeeds: Record<(typeof achievementCategories)[number], Row[]> = {
  focus: [
    ['first_focus', 'First Light', 'Finish your first focus session.', 'zap', count('focus_complete', 1), 25, 10],
    ['focus_10', 'In the Groove', 'Finish ten focus sessions.', 'zap', count('focus_complete', 10), 100, 25],
    ['focus_100', 'Centurion', 'Finish a hundred focus sessions.', 'crown', count('focus_complete', 100), 500, 100],
    ['deep_work', 'Deep Diver', 'Stay in a single focus session for a full hour.', 'clock', longSession(3600), 100, 50],
    [
      'focus_minutes_1000',
      'A Thousand Minutes',
      'Spend a thousand minutes in focus.',
      'hourglass',
      total('focus_minutes', 1000),
      300,
      75,
    ],
    [
      'focus_streak_7',
      'Daily Deep Work',
      'Finish a focus session seven days in a row.',
      'calendar-check',
      streak('focus', 7),
      200,
      50,
    ],
    [
      'marathon_focus',
      'Marathon Mind',
      'Hold a single focus session for two hours.',
      'mountain',
      longSession(7200),
      250,
      75,
      true,
    ],
  ],
  streaks: [
    ['streak_3', 'Spark', 'Show up three days in a row.', 'flame', streak('daily', 3), 50, 15],
    ['streak_7', 'Full Week', 'Show up seven days in a row.', 'flame', streak('daily', 7), 150, 35],
    ['streak_30', 'Unbroken Month', 'Show up thirty days in a row.', 'flame', streak('daily', 30), 500, 150],
    [
      'streak_100',
      'Hundred-Day Flame',
      'Show up a hundred days in a row.',
      'trophy',
      streak('daily', 100),
      2000,
      500,
      true,
    ],
    [
      'streak_365',
      'A Year of Showing Up',
      'Show up every day for a year.',
      'sun',
      streak('daily', 365),
      5000,
      1500,
      true,
    ],
  ],
  habits: [
    ['first_habit', 'First Check', 'Complete a habit for the first time.', 'check', count('habit_complete', 1), 25, 10],
    ['habit_streak_7', 'Seven Straight', 'Keep a habit going for seven days.', 'repeat', streak('habit', 7), 150, 50],
    ['habits_100', 'Habit Engine', 'Complete habits a hundred times.', 'cog', count('habit_complete', 100), 400, 100],
    [
      'perfect_day',
      'Clean Sweep',
      'Complete every habit scheduled for a day.',
      'sparkles',
      count('perfect_habit_day', 1),
      75,
      20,
    ],
    ['habit_streak_30', 'Second Nature', 'Keep a habit going for thirty days.', 'leaf', streak('habit', 30), 600, 150],
  ],
  goals: [
    [
      'first_milestone',
      'Stepping Stone',
      'Complete a goal milestone.',
      'flag',
      count('goal_milestone_complete', 1),
      30,
      10,
    ],
    ['first_goal', 'Goal Getter', 'Reach a goal.', 'target', count('goal_complete', 1), 200, 50],
  ],
  quests: [
    ['first_quest', 'Quest Accepted', 'Complete a quest.', 'scroll', count('quest_complete', 1), 50, 15],
    ['quests_25', 'Seasoned Adventurer', 'Complete twenty-five quests.', 'map', count('quest_complete', 25), 500, 120],
  ],
  fitness: [
    ['first_workout', 'First Rep', 'Complete your first workout.', 'dumbbell', count('workout_complete', 1), 50, 25],
    ['first_pr', 'New Best', 'Set your first personal record.', 'medal', count('personal_record', 1), 100, 50],
    ['workouts_10', 'Regular', 'Complete ten workouts.', 'dumbbell', count('workout_complete', 10), 250, 60],
    ['prs_10', 'Record Breaker', 'Set ten personal records.', 'trending-up', count('personal_record', 10), 400, 100],
    [
      'exercise_minutes_1000',
      'Thousand Active Minutes',
      'Train for a thousand minutes in total.',
      'activity',
      total('exercise_minutes', 1000),
      500,
      120,
    ],
  ],
  reading: [
    ['first_book', 'Cover to Cover', 'Finish your first book.', 'book', count('book_complete', 1), 200, 50],
    ['books_10', 'Shelf of Ten', 'Finish ten books.', 'library', count('book_complete', 10), 1000, 200],
    ['pages_1000', 'Thousand Pages', 'Read a thousand pages.', 'book-open', total('pages_read', 1000), 400, 100],
    [
      'reading_minutes_600',
      'Ten Hours of Reading',
      'Read for ten hours in total.',
      'glasses',
      total('reading_minutes', 600),
      300,
      75,
    ],
    ['reading_streak_7', 'Nightly Reader', 'Read seven days in a row.', 'moon', streak('reading', 7), 200, 50],
  ],
  learning: [
    [
      'first_lesson',
      'Class in Session',
      'Complete your first lesson.',
      'graduation-cap',
      count('lesson_complete', 1),
      50,
      15,
    ],
    ['lessons_10', 'Diligent Student', 'Complete ten lessons.', 'notebook', count('lesson_complete', 10), 300, 75],
    ['first_drill', 'Tuned In', 'Finish your first ear-training drill.', 'ear', count('drill_complete', 1), 30, 10],
    [
      'drills_50',
      'Golden Ears',
      'Finish fifty ear-training drills.',
      'headphones',
      count('drill_complete', 50),
      500,
      120,
    ],
    [
      'reviews_25',
      'Spaced Out',
      'Finish twenty-five review sessions.',
      'rotate-ccw',
      count('review_session', 25),
      300,
      75,
    ],
    [
      'learning_streak_7',
      'Week of Study',
      'Learn something seven days in a row.',
      'lightbulb',
      streak('learning', 7),
      200,
      50,
    ],
  ],
  music: [
    [
      'first_track_analyzed',
      'First Reference',
      'Analyse your first reference track.',
      'audio-waveform',
      count('track_analyzed', 1),
      50,
      15,
    ],
    ['tracks_10', 'Reference Library', 'Analyse ten reference tracks.', 'disc-3', count('track_analyzed', 10), 250, 60],
  ],
  planning: [
    [
      'first_plan_item',
      'Planned and Done',
      'Tick off an item of your daily plan.',
      'list-checks',
      count('plan_item_complete', 1),
      20,
      5,
    ],
    [
      'plan_items_100',
      'Plan Keeper',
      'Tick off a hundred plan items.',
      'clipboard-check',
      count('plan_item_complete', 100),
      400,
      100,
    ],
  ],
  progress: [
    ['level_5', 'Rising', 'Reach level 5.', 'star', level(5), 0, 50],
    ['level_10', 'Double Digits', 'Reach level 10.', 'star', level(10), 0, 150],
    ['level_25', 'Quarter Century', 'Reach level 25.', 'stars', level(25), 0, 400],
    ['level_50', 'Half-Way Legend', 'Reach level 50.', 'gem', level(50), 0, 1000, true],
    ['coins_1000', 'Treasure Keeper', 'Earn a thousand coins in total.', 'coins', total('coins_earned', 1000), 100, 0],
  ],
};

/** Achievements that also grant a market item, claimed in the market: achievement key → item key. */
export const achievementItems: Record<string, string> = {
  deep_work: 'xp_boost_1h',
  streak_30: 'streak_shield',
  focus_100: 'avatar_badge_metronome',
  first_book: 'theme_forest',
  drills_50: 'avatar_badge_headphones',
};

/** Rows ready for the table; sort order groups by category, then the order above. */
export const achievementRows = () =>
  achievementCategories.flatMap((category, c) =>
    achievementSeeds[category].map(([key, name, description, icon, trigger, xp, coins, hidden], i) => ({
      key,
      name,
      description,
      category,
      icon,
      trigger_type: trigger.trigger_type,
      trigger_config: trigger.trigger_config,
      reward_xp: xp,
      reward_coins: coins,
      reward_item_key: achievementItems[key] ?? null,
      is_hidden: hidden ?? false,
      is_active: true,
      sort_order: (c + 1) * 100 + i,
    })),
  );

export async function seedAchievements(db: DbOrTx): Promise<void> {
  await upsertByKey(db, achievement_definitions, [achievement_definitions.key], achievementRows(), ['is_active']);
}
