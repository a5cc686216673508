/** Wire shapes of the feedback API (timestamps as strings). */
import type { z } from 'zod';
import type { CreateFeedbackBody, feedbackItem } from '#common/contracts/feedback';

export type FeedbackWire = z.input<typeof feedbackItem>;
export type FeedbackBody = CreateFeedbackBody;
