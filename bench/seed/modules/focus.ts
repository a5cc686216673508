import { defaultReward } from '#common/rules/rewards';
import { focus_sessions } from '../../../server/db/schema';
import type { SeedModule } from '../model';

const LABELS = [null, null, 'Mixing', 'Sound design', 'Arrangement', 'Practice', 'Admin', 'Writing'];

/**
 * Focus and break sessions, closed (completed or abandoned): none is left running. A completed
 * session reports `focus_complete` with its mode and focused seconds, and keeps the reward it
 * was paid (`xp_awarded`, `coins_awarded`), as the focus module does.
 */
export const focusModule: SeedModule = {
  name: 'focus',
  generate(data) {
    const { user } = data;
    const rng = user.rng('focus');
    for (const day of user.days()) {
      const n = user.heavy ? rng.pick([0, 1, 2, 2, 3, 3, 3, 4, 5]) : rng.chance(0.55) ? rng.int(1, 3) : 0;
      let hour = 1.5 + rng.next() * 2;
      for (let i = 0; i < n; i++) {
        const minutes = rng.pick([25, 25, 25, 50, 50, 90]);
        session(data, rng.chance(0.08) ? 'abandoned' : 'completed', 'focus', minutes, user.at(day, hour));
        hour += minutes / 60;
        if (rng.chance(0.3)) {
          session(data, 'completed', 'short_break', 5, user.at(day, hour));
          hour += 5 / 60;
        }
        hour += (5 + rng.next() * 55) / 60;
      }
    }

    function session(
      d: typeof data,
      status: 'completed' | 'abandoned',
      mode: 'focus' | 'short_break',
      minutes: number,
      started: Date,
    ): void {
      const duration = minutes * 60;
      const focused = status === 'completed' ? duration : Math.floor(duration * (0.1 + rng.next() * 0.7));
      const ended = new Date(started.getTime() + focused * 1000);
      if (!user.past(ended) || started < user.createdAt) return;
      const id = rng.uuid();
      const reward =
        status === 'completed'
          ? defaultReward('focus_complete', { mode, focused_seconds: focused })
          : { xp: 0, coins: 0 };
      d.add(focus_sessions, {
        id,
        user_id: user.id,
        mode,
        status,
        duration_seconds: duration,
        label: mode === 'focus' ? rng.pick(LABELS) : null,
        started_at: started,
        ended_at: ended,
        focused_seconds: focused,
        xp_awarded: reward.xp,
        coins_awarded: reward.coins,
        created_at: started,
        updated_at: ended,
      });
      if (status !== 'completed') return;
      d.record({
        type: 'focus_complete',
        idempotency_key: `focus_complete:${id}`,
        source_id: id,
        occurred_at: ended,
        data: { mode, focused_seconds: focused },
      });
      if (mode === 'focus') d.day(user.dayOf(ended)).focusEnds.push(ended);
    }
  },
};
