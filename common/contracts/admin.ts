import { z } from 'zod';
import { feedbackPriorities } from '../enums';
import { pageQuery } from './base';
import { feedbackItem, feedbackStatus, feedbackType } from './feedback';
import { longText } from './text';

/** The admin console (`/api/admin/*`, SPEC §6 Admin; who may call what in docs/SECURITY.md). */

// ── Feedback triage ───────────────────────────────────────────────────────────

export const feedbackPriority = z.enum(feedbackPriorities);
export type FeedbackPriority = z.output<typeof feedbackPriority>;
export const FEEDBACK_RESPONSE_MAX = 5000;

/** A message as triage sees it: what its author sees, its priority, and who sent it. */
export const adminFeedbackItem = feedbackItem.extend({
  priority: feedbackPriority,
  author: z.object({ id: z.uuid(), name: z.string() }),
});
export type AdminFeedbackItem = z.output<typeof adminFeedbackItem>;

/** Every user's feedback, newest first; each filter is optional. */
export const adminFeedbackListQuery = pageQuery.extend({
  status: feedbackStatus.optional(),
  type: feedbackType.optional(),
  priority: feedbackPriority.optional(),
});

/** Triage: any of status, priority and a response to the author (which notifies them). */
export const triageFeedbackBody = z
  .strictObject({
    status: feedbackStatus.optional(),
    priority: feedbackPriority.optional(),
    admin_response: longText(FEEDBACK_RESPONSE_MAX).min(1).optional(),
  })
  .refine((b) => b.status !== undefined || b.priority !== undefined || b.admin_response !== undefined, {
    message: 'Give a status, a priority or a response',
  });
export type TriageFeedbackBody = z.input<typeof triageFeedbackBody>;
