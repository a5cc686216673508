import { z } from 'zod';
import { feedbackStatuses, feedbackTypes } from '../enums';
import { pageQuery, timestamp } from './base';
import { longText, oneLineChecks, text } from './text';

/** What users send about the product (`/api/feedback`, SPEC §6 Feedback; rules in docs/RULES.md). */

export const feedbackType = z.enum(feedbackTypes);
export type FeedbackType = z.output<typeof feedbackType>;
export const feedbackStatus = z.enum(feedbackStatuses);
export type FeedbackStatus = z.output<typeof feedbackStatus>;

/** At most this many messages per user in any rolling hour (429 beyond, with `Retry-After`). */
export const FEEDBACK_PER_HOUR = 10;
export const FEEDBACK_TITLE_MAX = 200;
export const FEEDBACK_BODY_MAX = 10_000;

export const feedbackItem = z.object({
  id: z.uuid(),
  type: feedbackType,
  title: z.string(),
  body: z.string(),
  status: feedbackStatus,
  /** The administrator's answer, once there is one. */
  admin_response: z.string().nullable(),
  responded_at: timestamp.nullable(),
  /** Where it was sent from: `page`, and what the client added (app version, screen size…). */
  context: z.record(z.string(), z.unknown()),
  created_at: timestamp,
  updated_at: timestamp,
});
export type FeedbackItem = z.output<typeof feedbackItem>;

/** Without a title, the first line of the message (shortened) becomes the title. */
export const createFeedbackBody = z.strictObject({
  type: feedbackType,
  title: text(FEEDBACK_TITLE_MAX).min(1).optional(),
  body: longText(FEEDBACK_BODY_MAX).min(1),
  /** The app path the user was on, e.g. `/habits`. */
  page: z
    .string()
    .max(300)
    .regex(/^\/[^\s]*$/, 'Use a path on this site, starting with /')
    .check(...oneLineChecks)
    .optional(),
  /** A few facts the client adds (app version, screen size…): up to 20 short strings. */
  context: z
    .record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/), text(500, { trim: false }))
    .refine((c) => Object.keys(c).length <= 20, 'At most 20 entries')
    .optional(),
});
export type CreateFeedbackBody = z.input<typeof createFeedbackBody>;

export const feedbackListQuery = pageQuery;
