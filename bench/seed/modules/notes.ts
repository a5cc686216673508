import type { PgTable } from 'drizzle-orm/pg-core';
import { addDays, daysBetween } from '#common/time/day';
import { feedback, ideas, inbox_items, infobase_entries, user_references } from '../../../server/db/schema';
import type { SeedModule, UserData } from '../model';
import { body, CATEGORIES, tags, title } from '../words';

const DAY = 86_400_000;

/** Spreads `perDay` items a day over the user's history (a few in all for a short one). */
function eachDay(
  data: UserData,
  module: string,
  perDay: number,
  add: (day: string, rng: ReturnType<UserData['user']['rng']>) => void,
) {
  const { user } = data;
  const rng = user.rng(module);
  for (const day of user.days()) if (rng.chance(perDay)) add(day, rng);
}

/** Ideas, infobase entries and references: markdown notes with tags, some pinned, some archived. */
export const notesModule: SeedModule = {
  name: 'notes',
  generate(data) {
    const { user } = data;
    const kinds: [PgTable, string, number][] = [
      [ideas, 'ideas', user.heavy ? 0.3 : 0.1],
      [infobase_entries, 'infobase', user.heavy ? 0.25 : 0.06],
      [user_references, 'references', user.heavy ? 0.2 : 0.05],
    ];
    for (const [table, module, perDay] of kinds) {
      eachDay(data, module, perDay, (day, rng) => {
        const createdAt = user.at(day, rng.next() * 18);
        if (!user.past(createdAt) || createdAt < user.createdAt) return;
        const edited = new Date(createdAt.getTime() + rng.next() * 20 * DAY);
        const wasEdited = rng.chance(0.3);
        const updatedAt = wasEdited && user.past(edited) ? edited : createdAt;
        const archived = daysBetween(day, user.today) > 30 && rng.chance(0.15);
        data.add(table as typeof ideas, {
          id: rng.uuid(),
          user_id: user.id,
          title: title(rng),
          body: body(rng),
          category: rng.chance(0.7) ? rng.pick(CATEGORIES) : null,
          tags: tags(rng),
          is_pinned: rng.chance(0.05),
          archived_at: archived ? updatedAt : null,
          created_at: createdAt,
          updated_at: updatedAt,
          ...(table === user_references ? { url: `https://example.com/articles/${rng.int(1, 100_000)}` } : {}),
        });
      });
    }
  },
};

/**
 * Inbox captures: the older ones read and mostly archived, some processed into ideas (the idea
 * is written too); the last days' still unread. System notifications come from the game-layer
 * replay (derive.ts), as the inbox's reward listener writes them.
 */
export const inboxModule: SeedModule = {
  name: 'inbox',
  generate(data) {
    const { user } = data;
    eachDay(data, 'inbox', user.heavy ? 0.8 : 0.2, (day, rng) => {
      const createdAt = user.at(day, rng.next() * 18);
      if (!user.past(createdAt) || createdAt < user.createdAt) return;
      const age = daysBetween(day, user.today);
      const readAt = age > 3 && rng.chance(0.95) ? new Date(createdAt.getTime() + 3_600_000) : null;
      const archivedAt = readAt && age > 7 && rng.chance(0.7) ? new Date(createdAt.getTime() + DAY) : null;
      const processed = archivedAt !== null && rng.chance(0.15);
      const id = rng.uuid();
      const itemTitle = title(rng);
      let ideaId: string | null = null;
      if (processed && archivedAt) {
        ideaId = rng.uuid();
        data.add(ideas, {
          id: ideaId,
          user_id: user.id,
          title: itemTitle,
          body: body(rng, 1),
          category: null,
          tags: [],
          is_pinned: false,
          archived_at: null,
          created_at: archivedAt,
          updated_at: archivedAt,
        });
      }
      data.add(inbox_items, {
        id,
        user_id: user.id,
        kind: 'capture',
        title: itemTitle,
        body: rng.chance(0.5) ? body(rng, 1) : null,
        tags: tags(rng, 2),
        data: {},
        read_at: readAt,
        archived_at: archivedAt,
        processed_at: processed ? archivedAt : null,
        processed_into_type: processed ? 'idea' : null,
        processed_into_id: ideaId,
        created_at: createdAt,
        updated_at: archivedAt ?? readAt ?? createdAt,
      });
    });
  },
};

const FEEDBACK = [
  ['bug', 'The timer skipped a second', 'When the tab came back into view the focus timer jumped by a second.'],
  ['feature', 'Export the plan', 'I would like to print my daily plan.'],
  ['praise', 'Love the streaks', 'The perfect-day bonus keeps me going.'],
  ['other', 'Dark theme contrast', 'Some grey text is hard to read in the dark theme.'],
] as const;

/** Feedback messages: a dozen from the heavy user, one from a few others; some answered. */
export const feedbackModule: SeedModule = {
  name: 'feedback',
  generate(data) {
    const { user } = data;
    const rng = user.rng('feedback');
    const n = user.heavy ? 12 : rng.chance(0.03) ? 1 : 0;
    const span = daysBetween(user.firstDay, user.today);
    for (let i = 0; i < n; i++) {
      const day = addDays(user.firstDay, rng.int(0, span));
      const createdAt = user.at(day, 2 + rng.next() * 14);
      if (!user.past(createdAt) || createdAt < user.createdAt) continue;
      const [type, t, message] = rng.pick(FEEDBACK);
      const answered = rng.chance(0.5) && user.past(new Date(createdAt.getTime() + 2 * DAY));
      const respondedAt = answered ? new Date(createdAt.getTime() + 2 * DAY) : null;
      data.add(feedback, {
        id: rng.uuid(),
        user_id: user.id,
        type,
        title: t,
        body: message,
        status: answered ? 'resolved' : 'open',
        priority: 'normal',
        admin_response: answered ? 'Thanks, this is fixed in the next release.' : null,
        responded_at: respondedAt,
        context: { page: '/today', user_agent: 'cadence-bench' },
        created_at: createdAt,
        updated_at: respondedAt ?? createdAt,
      });
    }
  },
};
