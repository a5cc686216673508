import { z } from 'zod';
import {
  type createFeedbackBody,
  FEEDBACK_PER_HOUR,
  type FeedbackItem,
  type FeedbackStatus,
  type FeedbackType,
  type feedbackListQuery,
} from '#common/contracts/feedback';
import type { Ctx } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import * as repo from './feedback.repo';

const HOUR_MS = 60 * 60 * 1000;
const DERIVED_TITLE_MAX = 80;

/** A message as its author sees it (no priority: that is for triage). */
export function feedbackView(row: repo.FeedbackRow): FeedbackItem {
  return {
    id: row.id,
    type: row.type as FeedbackType,
    title: row.title,
    body: row.body,
    status: row.status as FeedbackStatus,
    admin_response: row.admin_response,
    responded_at: row.responded_at,
    context: row.context,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

/** The first line of the message, cut at a word near 80 characters, when no title was given. */
export function titleFrom(body: string): string {
  const line =
    body
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? body.trim();
  if (line.length <= DERIVED_TITLE_MAX) return line;
  const cut = line.slice(0, DERIVED_TITLE_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Stores a message. At most FEEDBACK_PER_HOUR per user in any rolling hour: more is 429 with the
 * seconds until the oldest of the hour leaves the window.
 */
export async function create(ctx: Ctx, body: z.output<typeof createFeedbackBody>): Promise<FeedbackItem> {
  return ctx.database.db.transaction(async (tx) => {
    await repo.lockUserFeedback(tx, ctx.userId);
    const now = ctx.clock.now();
    const recent = await repo.sentSince(tx, ctx.userId, new Date(now.getTime() - HOUR_MS));
    if (recent.n >= FEEDBACK_PER_HOUR) {
      const freeAt = (recent.oldest?.getTime() ?? now.getTime()) + HOUR_MS;
      const seconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
      throw new AppError(
        'rate_limited',
        `You have sent ${FEEDBACK_PER_HOUR} messages in the last hour. Please wait a little before sending more.`,
        undefined,
        429,
        { 'retry-after': String(seconds) },
      );
    }
    const context: Record<string, unknown> = { ...(body.context ?? {}) };
    if (body.page) context.page = body.page;
    if (ctx.userAgent) context.user_agent = ctx.userAgent.slice(0, 500);
    const row = await repo.insertFeedback(tx, {
      user_id: ctx.userId,
      type: body.type,
      title: body.title ?? titleFrom(body.body),
      body: body.body,
      context,
      created_at: now,
      updated_at: now,
    });
    return feedbackView(row);
  });
}

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);

export async function list(ctx: Ctx, query: z.output<typeof feedbackListQuery>): Promise<Page<FeedbackItem>> {
  const rows = await repo.listFeedback(ctx.database.db, ctx.userId, {
    after: decodeCursor(query.cursor, cursorShape),
    limit: query.limit,
  });
  const page = toPage(rows, query, (r) => [r.created_at.toISOString(), r.id]);
  return { data: page.data.map(feedbackView), page: page.page };
}

export async function get(ctx: Ctx, id: string): Promise<FeedbackItem> {
  const row = await repo.findFeedback(ctx.database.db, ctx.userId, id);
  if (!row) throw notFound('feedback');
  return feedbackView(row);
}
