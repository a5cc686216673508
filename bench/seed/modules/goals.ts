import { addDays, daysBetween } from '#common/time/day';
import { goal_milestones, goals } from '../../../server/db/schema';
import type { SeedModule } from '../model';
import { CATEGORIES, title } from '../words';

/**
 * Goals with milestones. Each completed milestone reports `goal_milestone_complete`; the last
 * one completes the goal (`goal_complete` right after it), as the goals module does. Abandoned
 * and active goals keep some milestones open; progress is done / total, rounded down.
 */
export const goalsModule: SeedModule = {
  name: 'goals',
  generate(data) {
    const { user } = data;
    const rng = user.rng('goals');
    const age = daysBetween(user.firstDay, user.today);
    const starts: number[] = [];
    if (user.heavy) for (let k = 0; k * 30 < age; k++) starts.push(k * 30 + rng.int(0, 5));
    else for (let k = rng.int(0, 2); k > 0; k--) starts.push(rng.int(0, Math.max(0, Math.min(3, age))));

    starts.forEach((offset, sortOrder) => {
      // One stream per goal, so a goal that only exists from later today shifts no other.
      const rng = user.rng(`goals:${sortOrder}`);
      const createdDay = addDays(user.firstDay, Math.min(offset, age));
      const createdAt = user.at(createdDay, 2 + rng.next() * 10);
      if (!user.past(createdAt) || createdAt < user.createdAt) return;
      const id = rng.uuid();
      const fate =
        daysBetween(createdDay, user.today) < 60
          ? 'active'
          : rng.pick(['completed', 'completed', 'completed', 'completed', 'abandoned', 'active', 'paused']);
      const total = rng.int(2, 7);
      // A completed goal gets every milestone done; the others stop short of the last.
      const toDo = fate === 'completed' ? total : rng.int(0, total - 1);
      let at = createdAt;
      let done = 0;
      let lastDone: Date | null = null;
      for (let m = 0; m < total; m++) {
        const mid = rng.uuid();
        let completedAt: Date | null = null;
        if (m < toDo) {
          const next = new Date(at.getTime() + (1 + rng.next() * 12) * 86_400_000);
          if (user.past(next)) {
            completedAt = next;
            at = next;
            done++;
            lastDone = next;
            data.record({
              type: 'goal_milestone_complete',
              idempotency_key: `goal_milestone_complete:${mid}`,
              source_id: mid,
              occurred_at: next,
              data: { goal_id: id },
            });
          }
        }
        data.add(goal_milestones, {
          id: mid,
          user_id: user.id,
          goal_id: id,
          title: title(rng),
          description: null,
          sort_order: m,
          completed_at: completedAt,
          created_at: createdAt,
          updated_at: completedAt ?? createdAt,
        });
      }
      const completed = done === total;
      if (completed && lastDone) {
        data.record({
          type: 'goal_complete',
          idempotency_key: `goal_complete:${id}`,
          source_id: id,
          occurred_at: lastDone,
          data: {},
        });
      }
      const status = completed ? 'completed' : fate === 'completed' ? 'active' : fate;
      data.add(goals, {
        id,
        user_id: user.id,
        title: `${title(rng)} by ${addDays(createdDay, 60)}`,
        description: rng.chance(0.5) ? 'Small steps, every week.' : null,
        category: rng.pick(CATEGORIES),
        target_date: addDays(createdDay, 60),
        priority: rng.pick(['low', 'medium', 'medium', 'high']),
        status,
        progress: Math.floor((done * 100) / total),
        completed_at: completed ? lastDone : null,
        sort_order: sortOrder,
        created_at: createdAt,
        updated_at: lastDone ?? createdAt,
      });
    });
  },
};
