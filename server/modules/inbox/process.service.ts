import type { z } from 'zod';
import { createCalendarEventBody } from '#common/contracts/calendar';
import { createGoalBody } from '#common/contracts/goals';
import { createHabitBody } from '#common/contracts/habits';
import type { ProcessInboxBody, ProcessResult, ProcessTarget } from '#common/contracts/inbox';
import { createIdeaBody, createInfobaseBody } from '#common/contracts/notes';
import { createQuestBody } from '#common/contracts/quests';
import type { Tx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { AppError, conflict, notFound, validationError } from '../../platform/errors';
import { publish } from '../../platform/events';
import { createCalendarEvent } from '../calendar';
import { createGoal } from '../goals';
import { createHabit } from '../habits';
import { createIdea } from '../ideas';
import { createInfobaseEntry } from '../infobase';
import { createQuest } from '../quests';
import * as repo from './inbox.repo';
import { itemView } from './inbox.view';

type Made = { id: string; title: string };

/**
 * How an item becomes each target: the fields it gives by default (title and body, under the
 * target's own names), the target's create contract, and its create function.
 */
interface Target {
  schema: z.ZodType;
  defaults(item: repo.InboxRow): Record<string, unknown>;
  create(tx: Tx, ctx: Ctx, input: unknown): Promise<Made>;
}

/** Title and description, leaving out an empty body so the target's default applies. */
const titled = (item: repo.InboxRow) => ({ title: item.title, ...(item.body ? { description: item.body } : {}) });

/** A note's title, markdown body and tags. */
const noted = (item: repo.InboxRow) => ({
  title: item.title,
  ...(item.body ? { body: item.body } : {}),
  tags: item.tags,
});

const targets: Record<ProcessTarget, Target> = {
  habit: {
    schema: createHabitBody,
    defaults: (item) => ({ name: item.title, ...(item.body ? { description: item.body } : {}) }),
    create: async (tx, ctx, input) => {
      const habit = await createHabit(tx, ctx.userId, input as z.input<typeof createHabitBody>, ctx.clock.now());
      return { id: habit.id, title: habit.name };
    },
  },
  goal: {
    schema: createGoalBody,
    defaults: titled,
    create: (tx, ctx, input) => createGoal(tx, ctx.userId, input as z.input<typeof createGoalBody>),
  },
  quest: {
    schema: createQuestBody,
    defaults: titled,
    create: (tx, ctx, input) => createQuest(tx, ctx.userId, input as z.input<typeof createQuestBody>),
  },
  // Notes keep the body as their markdown and the item's tags.
  idea: {
    schema: createIdeaBody,
    defaults: noted,
    create: (tx, ctx, input) => createIdea(tx, ctx.userId, input as z.input<typeof createIdeaBody>),
  },
  infobase: {
    schema: createInfobaseBody,
    defaults: noted,
    create: (tx, ctx, input) => createInfobaseEntry(tx, ctx.userId, input as z.input<typeof createInfobaseBody>),
  },
  // `start_time` has no default: the user says when.
  calendar_event: {
    schema: createCalendarEventBody,
    defaults: titled,
    create: (tx, ctx, input) => createCalendarEvent(tx, ctx.userId, input as z.output<typeof createCalendarEventBody>),
  },
};

/** A target's own checks name `body.<field>`; here the field came in `body.fields`. */
function underFields(err: unknown): unknown {
  if (!(err instanceof AppError) || !err.details) return err;
  const details = err.details.map((d) => ({ ...d, path: d.path.replace(/^body\./, 'body.fields.') }));
  return new AppError(err.code, err.message, details, err.status, err.headers);
}

/** The target's create body from the item and the given fields, checked as its POST checks it. */
function inputFor(target: Target, item: repo.InboxRow, fields: Record<string, unknown> | undefined): unknown {
  const parsed = target.schema.safeParse({ ...target.defaults(item), ...fields });
  if (parsed.success) return parsed.data;
  throw validationError(
    parsed.error.issues.map((issue) => ({
      path: ['body', 'fields', ...issue.path.map(String)].join('.'),
      message: issue.message,
    })),
    'The item cannot become that as it is: check the fields named.',
  );
}

/**
 * Creates the target from the item and archives the item with what it became, in one
 * transaction: if the target cannot be made, the item stays as it was. 409 once processed.
 */
export async function processItem(ctx: Ctx, id: string, body: ProcessInboxBody): Promise<ProcessResult> {
  const target = targets[body.target];
  return ctx.database.db.transaction(async (tx) => {
    const item = await repo.find(tx, ctx.userId, id, true);
    if (!item) throw notFound('inbox item');
    if (item.processed_at) throw conflict('This item was already processed.', 'inbox_item_processed');
    const made = await target.create(tx, ctx, inputFor(target, item, body.fields)).catch((err) => {
      throw underFields(err);
    });
    const now = ctx.clock.now();
    const row = await repo.update(tx, item, {
      processed_at: now,
      processed_into_type: body.target,
      processed_into_id: made.id,
      archived_at: item.archived_at ?? now,
      read_at: item.read_at ?? now,
      updated_at: now,
    });
    if (!row) throw new Error('inbox item vanished during the transaction');
    await publish(tx, ctx.userId, 'inbox_item', { item_id: id, action: 'updated' });
    return { item: itemView(row), created: { type: body.target, id: made.id, title: made.title } };
  });
}
