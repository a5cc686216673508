import { type QuestStreak, questReward, streakAfterCompletion } from '#common/rules/quests';
import { addDays, daysBetween, weekKey, weekStart } from '#common/time/day';
import { user_quests } from '../../../server/db/schema';
import type { SeedModule, UserData } from '../model';
import { title } from '../words';

const DIFFICULTIES = ['starter', 'easy', 'easy', 'medium', 'medium', 'hard', 'epic'] as const;
const CATEGORIES = [null, 'focus', 'habits', 'music_production', 'ear_training', 'reading', 'fitness'];

/**
 * Personal quests: offered, accepted, then completed (reporting `quest_complete` with the quest's
 * own reward, fixed from its difficulty) or abandoned; recent ones are still open. The heavy
 * user also keeps a weekly repeatable quest, stored as a read would leave it (re-opened in a new
 * week), with its streak of consecutive weeks.
 */
export const questsModule: SeedModule = {
  name: 'quests',
  generate(data) {
    const { user } = data;
    const rng = user.rng('quests');
    const age = daysBetween(user.firstDay, user.today);
    const offsets: number[] = [];
    if (user.heavy) for (let d = 0; d <= age; d += rng.int(2, 8)) offsets.push(d);
    else for (let k = rng.int(0, 3); k > 0; k--) offsets.push(rng.int(0, age));

    offsets.forEach((offset, n) => {
      // One stream per quest, so a quest accepted or done later today shifts no other.
      const rng = user.rng(`quests:${n}`);
      const day = addDays(user.firstDay, offset);
      const createdAt = user.at(day, 3 + rng.next() * 12);
      if (!user.past(createdAt) || createdAt < user.createdAt) return;
      const id = rng.uuid();
      const difficulty = rng.pick(DIFFICULTIES);
      const reward = questReward(difficulty);
      const target = rng.pick([1, 1, 3, 5, 10]);
      const recent = daysBetween(day, user.today) < 21;
      const acceptedAt = rng.chance(0.9) ? new Date(createdAt.getTime() + rng.next() * 86_400_000) : null;
      const roll = rng.next();
      let status: 'active' | 'accepted' | 'completed' | 'abandoned' = acceptedAt ? 'accepted' : 'active';
      let completedAt: Date | null = null;
      let abandonedAt: Date | null = null;
      if (acceptedAt && !user.past(acceptedAt)) {
        status = 'active';
      } else if (acceptedAt && roll < 0.75) {
        const at = new Date(acceptedAt.getTime() + (0.1 + rng.next() * 6) * 86_400_000);
        if (user.past(at)) {
          status = 'completed';
          completedAt = at;
        }
      } else if (roll < 0.85 || !recent) {
        const at = new Date((acceptedAt ?? createdAt).getTime() + (0.5 + rng.next() * 10) * 86_400_000);
        if (user.past(at)) {
          status = 'abandoned';
          abandonedAt = at;
        }
      }
      const progress = status === 'completed' ? target : status === 'accepted' ? rng.int(0, target - 1) : 0;
      const questTitle = title(rng);
      data.add(user_quests, {
        id,
        user_id: user.id,
        title: questTitle,
        description: rng.chance(0.4) ? 'One step at a time.' : null,
        category: rng.pick(CATEGORIES),
        difficulty,
        status,
        xp_reward: reward.xp,
        coin_reward: reward.coins,
        progress,
        target,
        due_date: rng.chance(0.3) ? addDays(day, 14) : null,
        is_repeatable: false,
        repeat_period: null,
        streak_count: 0,
        longest_streak: 0,
        last_completed_period: null,
        accepted_at: status === 'active' ? null : acceptedAt,
        completed_at: completedAt,
        abandoned_at: abandonedAt,
        created_at: createdAt,
        updated_at: completedAt ?? abandonedAt ?? acceptedAt ?? createdAt,
      });
      if (completedAt) {
        data.record({
          type: 'quest_complete',
          idempotency_key: `quest_complete:${id}:once`,
          source_id: id,
          occurred_at: completedAt,
          data: { difficulty, repeat_period: null },
          reward,
        });
      }
      if (acceptedAt && status !== 'active') {
        const end = completedAt ?? abandonedAt;
        for (let d = user.dayOf(acceptedAt); d <= user.today; d = addDays(d, 1)) {
          const endDay = end ? user.dayOf(end) : null;
          if (endDay && d > endDay) break;
          if (abandonedAt && endDay === d) break;
          data.day(d).quests.push({ id, title: questTitle, completedAt: endDay === d ? completedAt : null });
        }
      }
    });
    if (user.heavy) weeklyQuest(data);
  },
};

function weeklyQuest(data: UserData): void {
  const { user } = data;
  const rng = user.rng('quests-weekly');
  const id = rng.uuid();
  const difficulty = 'medium';
  const reward = questReward(difficulty);
  const createdAt = new Date(user.createdAt.getTime() + 10 * 60_000);
  let streak: QuestStreak = { streak_count: 0, longest_streak: 0, last_completed_period: null };
  let last: Date | null = null;
  for (let monday = weekStart(user.firstDay); monday <= user.today; monday = addDays(monday, 7)) {
    if (!rng.chance(0.75)) continue;
    const day = addDays(monday, rng.int(0, 6));
    const at = user.at(day, 8 + rng.next() * 8);
    if (!user.past(at) || at < createdAt) continue;
    streak = streakAfterCompletion(streak, 'weekly', day);
    last = at;
    data.record({
      type: 'quest_complete',
      idempotency_key: `quest_complete:${id}:${weekKey(day)}`,
      source_id: id,
      occurred_at: at,
      data: { difficulty, repeat_period: 'weekly' },
      reward,
    });
  }
  const doneThisWeek = streak.last_completed_period === weekKey(user.today);
  data.add(user_quests, {
    id,
    user_id: user.id,
    title: 'Finish a track sketch',
    description: 'Eight bars that could become a song, every week.',
    category: 'music_production',
    difficulty,
    status: doneThisWeek ? 'completed' : 'accepted',
    xp_reward: reward.xp,
    coin_reward: reward.coins,
    progress: doneThisWeek ? 1 : 0,
    target: 1,
    due_date: null,
    is_repeatable: true,
    repeat_period: 'weekly',
    ...streak,
    accepted_at: createdAt,
    completed_at: doneThisWeek ? last : null,
    abandoned_at: null,
    created_at: createdAt,
    updated_at: last ?? createdAt,
  });
}
