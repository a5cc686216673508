import { daily_plan_items, daily_plans } from '../../../server/db/schema';
import type { SeedModule } from '../model';

const TODOS = [
  'Back up the session files',
  'Order new strings',
  'Reply to the label',
  'Tidy the sample library',
  'Send the stems',
  'Update the setlist',
];

/**
 * Daily plans as the generator builds them (a focus block, the day's events, the habits due,
 * the quests in progress) plus hand-added to-dos. Ticking a focus block, an event or a to-do
 * pays `plan_item_complete`; habit and quest items are ticked without pay when their source was
 * done (the source paid), as re-generation does.
 */
export const planModule: SeedModule = {
  name: 'plan',
  generate(data) {
    const { user } = data;
    const rng = user.rng('plan');
    for (const day of user.days()) {
      if (!rng.chance(user.heavy ? 0.9 : 0.5) && day !== user.today) continue;
      const createdAt = user.at(day, 0.25);
      if (!user.past(createdAt) || createdAt < user.createdAt) continue;
      const facts = data.day(day);
      const planId = rng.uuid();
      let updatedAt = createdAt;
      const items: {
        kind: string;
        ref_id: string | null;
        title: string;
        details?: string | null;
        duration_minutes?: number | null;
        scheduled_at?: Date | null;
        source: 'generated' | 'manual';
        completed_at: Date | null;
        paid: boolean;
      }[] = [];
      const firstFocus = facts.focusEnds.sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
      items.push({
        kind: 'focus',
        ref_id: null,
        title: 'Focus block',
        duration_minutes: 25,
        source: 'generated',
        completed_at: firstFocus,
        paid: true,
      });
      const seen = new Set<string>();
      for (const e of [...facts.events].sort((a, b) => (a.start?.getTime() ?? 0) - (b.start?.getTime() ?? 0))) {
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        const end = e.start ? new Date(e.start.getTime() + 3_600_000) : null;
        items.push({
          kind: e.type === 'workout' ? 'workout' : 'event',
          ref_id: e.id,
          title: e.title,
          details: e.location,
          scheduled_at: e.start,
          source: 'generated',
          completed_at: rng.chance(0.5) && end && user.past(end) ? end : null,
          paid: true,
        });
      }
      for (const h of facts.habits) {
        items.push({
          kind: 'habit',
          ref_id: h.id,
          title: h.name,
          source: 'generated',
          completed_at: h.completedAt,
          paid: false,
        });
      }
      for (const q of facts.quests.slice(-5)) {
        items.push({
          kind: 'quest',
          ref_id: q.id,
          title: q.title,
          source: 'generated',
          completed_at: q.completedAt,
          paid: false,
        });
      }
      for (let n = rng.int(0, 2); n > 0; n--) {
        const at = user.at(day, 6 + rng.next() * 10);
        items.push({
          kind: 'custom',
          ref_id: null,
          title: rng.pick(TODOS),
          source: 'manual',
          completed_at: rng.chance(0.7) && user.past(at) ? at : null,
          paid: true,
        });
      }

      items.forEach((item, sortOrder) => {
        const id = rng.uuid();
        const done = item.completed_at && user.past(item.completed_at) ? item.completed_at : null;
        if (done && done > updatedAt) updatedAt = done;
        data.add(daily_plan_items, {
          id,
          user_id: user.id,
          plan_id: planId,
          kind: item.kind,
          ref_id: item.ref_id,
          title: item.title,
          details: item.details ?? null,
          duration_minutes: item.duration_minutes ?? null,
          scheduled_at: item.scheduled_at ?? null,
          source: item.source,
          sort_order: sortOrder,
          completed_at: done,
          created_at: createdAt,
          updated_at: done ?? createdAt,
        });
        if (done && item.paid) {
          data.record({
            type: 'plan_item_complete',
            idempotency_key: `plan_item_complete:${id}`,
            source_id: id,
            occurred_at: done,
            data: { kind: item.kind },
          });
        }
      });
      data.add(daily_plans, {
        id: planId,
        user_id: user.id,
        plan_date: day,
        notes: rng.chance(0.1) ? 'Keep the afternoon free for the mix.' : null,
        generated_at: createdAt,
        created_at: createdAt,
        updated_at: updatedAt,
      });
    }
  },
};
