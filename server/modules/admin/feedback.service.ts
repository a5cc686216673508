import { z } from 'zod';
import type {
  AdminFeedbackItem,
  adminFeedbackListQuery,
  FeedbackPriority,
  triageFeedbackBody,
} from '#common/contracts/admin';
import { backgroundCtx, type Ctx } from '../../platform/access';
import { audit } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { decodeCursor, type Page, toPage } from '../../platform/pagination';
import {
  type FeedbackWithAuthor,
  feedbackView,
  findAnyFeedback,
  listAllFeedback,
  type TriagePatch,
  updateTriage,
} from '../feedback';
import { notify } from '../inbox';

function triageView({ row, author }: FeedbackWithAuthor): AdminFeedbackItem {
  return {
    ...feedbackView(row),
    priority: row.priority as FeedbackPriority,
    author: { id: author.id, name: author.name },
  };
}

const cursorShape = z.tuple([z.iso.datetime(), z.uuid()]);

export async function list(ctx: Ctx, query: z.output<typeof adminFeedbackListQuery>): Promise<Page<AdminFeedbackItem>> {
  const rows = await listAllFeedback(
    ctx.database.db,
    { status: query.status, type: query.type, priority: query.priority },
    { after: decodeCursor(query.cursor, cursorShape), limit: query.limit },
  );
  const page = toPage(rows, query, (r) => [r.row.created_at.toISOString(), r.row.id]);
  return { data: page.data.map(triageView), page: page.page };
}

export async function get(ctx: Ctx, id: string): Promise<AdminFeedbackItem> {
  const found = await findAnyFeedback(ctx.database.db, id);
  if (!found) throw notFound('feedback');
  return triageView(found);
}

/**
 * Sets a message's status, priority and/or response in one transaction with its audit record
 * (what changed, never the response's text). A new or different response is dated and tells
 * the author in their inbox; values equal to the stored ones change nothing and record nothing.
 */
export async function triage(
  ctx: Ctx,
  id: string,
  body: z.output<typeof triageFeedbackBody>,
): Promise<AdminFeedbackItem> {
  return ctx.database.db.transaction(async (tx) => {
    const found = await findAnyFeedback(tx, id, { lock: true });
    if (!found) throw notFound('feedback');
    const { row, author } = found;
    const now = ctx.clock.now();
    const patch: TriagePatch = { updated_at: now };
    const changes: Record<string, unknown> = {};
    if (body.status !== undefined && body.status !== row.status) {
      patch.status = body.status;
      changes.status = { from: row.status, to: body.status };
    }
    if (body.priority !== undefined && body.priority !== row.priority) {
      patch.priority = body.priority;
      changes.priority = { from: row.priority, to: body.priority };
    }
    const answered = body.admin_response !== undefined && body.admin_response !== row.admin_response;
    if (answered) {
      patch.admin_response = body.admin_response;
      patch.responded_at = now;
      changes.response = row.admin_response === null ? 'set' : 'changed';
    }
    if (Object.keys(changes).length === 0) return triageView(found);

    const updated = await updateTriage(tx, id, patch);
    await audit(tx, ctx, {
      type: 'admin_action',
      action: 'feedback.triage',
      resourceType: 'feedback',
      resourceId: id,
      details: changes,
    });
    if (answered) {
      // Told to the author, in their inbox: one notification per answer (its key names when).
      await notify(tx, backgroundCtx(ctx, author, 'feedback_response'), {
        key: `feedback_response:${id}:${now.toISOString()}`,
        title: 'Your feedback was answered',
        body: `“${updated.title}” has a response.`,
        data: { event: 'feedback_response', link: '/feedback', feedback_id: id },
      });
    }
    return triageView({ row: updated, author });
  });
}
