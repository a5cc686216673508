import type { Rating } from '#common/contracts/learn';
import { type CardColumns, review } from '#common/rules/fsrs';
import { suggestedRating } from '#common/rules/learn';
import { defaultReward } from '#common/rules/rewards';
import { learn_drill_rounds, user_drill_stats, user_lesson_progress } from '../../../server/db/schema';
import type { SeedModule, UserData } from '../model';

const DAY_MS = 86_400_000;
const SCORES = [60, 70, 80, 80, 90, 90, 100, 100];

/**
 * Lessons passed and drills played, each a card reviewed by FSRS (fuzz off, so the seed repeats)
 * from then on: mostly on time, sometimes late, now and then left overdue, so Today counts due
 * reviews. A practice round reports `drill_complete`; a review reports `review_session`, paid
 * for the first of the user's day only, as the learn module does.
 */
export const learnModule: SeedModule = {
  name: 'learn',
  generate(data, context) {
    const { user } = data;
    const rng = user.rng('learn');
    if (context.lessons.length === 0 || (!user.heavy && !rng.chance(0.35))) return;
    const days = user.days();
    const reviewedDays = new Set<string>();

    /** Reviews a card from its first rating until it is due after now or left overdue. */
    const reviewCard = (kind: 'lesson' | 'drill', id: string, first: CardColumns): CardColumns => {
      let card = first;
      while (card.due && user.past(card.due) && !rng.chance(0.04)) {
        const at = new Date(card.due.getTime() + rng.next() * (rng.chance(0.2) ? 3 : 0.5) * DAY_MS);
        if (!user.past(at)) break;
        const rating: Rating = rng.chance(0.1) ? 'again' : rng.chance(0.15) ? 'hard' : 'good';
        card = review(card, rating, at, { fuzz: false });
        const day = user.dayOf(at);
        const first = !reviewedDays.has(day);
        reviewedDays.add(day);
        data.record({
          type: 'review_session',
          idempotency_key: first ? `review_session:${day}` : `review_session:${kind}:${id}:${card.reps}`,
          source_id: id,
          occurred_at: at,
          data: { kind },
          ...(first ? {} : { reward: { xp: 0, coins: 0 } }),
        });
      }
      return card;
    };
    const newCard = (): CardColumns => ({
      due: null,
      stability: 0,
      difficulty: 0,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
      last_review: null,
    });

    // Lessons: one every few weeks for a heavy user, a handful for a light one.
    const lessonCount = user.heavy ? context.lessons.length : rng.int(1, 4);
    const gap = Math.max(1, Math.floor(days.length / (lessonCount + 1)));
    context.lessons.slice(0, lessonCount).forEach((lesson, i) => {
      const day = days[Math.min(days.length - 1, (i + 1) * gap)];
      if (!day) return;
      const passedAt = user.at(day, 10 + rng.next() * 8);
      if (!user.past(passedAt)) return;
      const score = rng.pick(SCORES.filter((s) => s >= 70));
      const card = reviewCard(
        'lesson',
        lesson.id,
        review(newCard(), suggestedRating(score), passedAt, { fuzz: false }),
      );
      data.add(user_lesson_progress, {
        user_id: user.id,
        lesson_id: lesson.id,
        status: 'completed',
        started_at: passedAt,
        completed_at: passedAt,
        attempts: 1,
        last_score: score,
        best_score: score,
        last_attempt_at: card.last_review ?? passedAt,
        ...card,
        created_at: passedAt,
        updated_at: card.last_review ?? passedAt,
      });
      data.record({
        type: 'lesson_complete',
        idempotency_key: `lesson_complete:${lesson.id}`,
        source_id: lesson.id,
        occurred_at: passedAt,
        data: { xp_reward: lesson.xp_reward, coin_reward: lesson.coin_reward },
      });
    });

    // Drills: a practice round on some days, each kept as a round and summed into the stats.
    const played = new Map<string, { rounds: { at: Date; score: number; correct: number }[] }>();
    for (const day of days) {
      if (!rng.chance(user.heavy ? 0.4 : 0.1)) continue;
      const drill = rng.pick(context.drills);
      const at = user.at(day, 19 + rng.next() * 3);
      if (!user.past(at)) continue;
      const correct = rng.int(Math.floor(drill.question_count / 2), drill.question_count);
      const score = Math.round((100 * correct) / drill.question_count);
      const id = rng.uuid();
      const reward = defaultReward('drill_complete', { score, ...drill });
      data.add(learn_drill_rounds, {
        id,
        user_id: user.id,
        drill_id: drill.id,
        purpose: 'practice',
        questions: [],
        issued_at: new Date(at.getTime() - 120_000),
        expires_at: new Date(at.getTime() + 1_680_000),
        submitted_at: at,
        correct,
        total: drill.question_count,
        score,
        time_seconds: 120,
        xp_awarded: reward.xp,
        coins_awarded: reward.coins,
        created_at: at,
      });
      data.record({
        type: 'drill_complete',
        idempotency_key: `drill_round:${id}`,
        source_id: id,
        occurred_at: at,
        data: { score, correct, total: drill.question_count, ...drill },
      });
      const entry = played.get(drill.id) ?? { rounds: [] };
      entry.rounds.push({ at, score, correct });
      played.set(drill.id, entry);
    }
    for (const [drillId, { rounds }] of played) {
      addDrillStats(data, drillId, rounds, reviewCard);
    }

    function addDrillStats(
      d: UserData,
      drillId: string,
      rounds: { at: Date; score: number; correct: number }[],
      schedule: typeof reviewCard,
    ): void {
      const first = rounds[0] as (typeof rounds)[number];
      const last = rounds.at(-1) as (typeof rounds)[number];
      const total = context.drills.find((x) => x.id === drillId)?.question_count ?? 10;
      let streak = 0;
      let best = 0;
      for (const r of rounds) {
        streak = r.score >= 80 ? streak + 1 : 0;
        best = Math.max(best, streak);
      }
      const card = schedule(
        'drill',
        drillId,
        review(newCard(), suggestedRating(first.score), first.at, { fuzz: false }),
      );
      d.add(user_drill_stats, {
        user_id: user.id,
        drill_id: drillId,
        sessions: rounds.length,
        total_correct: rounds.reduce((n, r) => n + r.correct, 0),
        total_questions: rounds.length * total,
        total_time_seconds: rounds.length * 120,
        last_score: last.score,
        best_score: Math.max(...rounds.map((r) => r.score)),
        current_streak: streak,
        best_streak: best,
        last_attempt_at: last.at,
        ...card,
        created_at: first.at,
        updated_at: last.at,
      });
    }
  },
};
