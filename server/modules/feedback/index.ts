import { defineModule } from '../../platform/module';
import { feedbackRoutes } from './feedback.routes';

export const feedbackModule = defineModule({ name: 'feedback', prefix: '/api/feedback', plugin: feedbackRoutes });

/** Triage for the admin console: every user's messages with their authors, and the triage write. */
export {
  type FeedbackRow,
  type FeedbackWithAuthor,
  findAnyFeedback,
  listAllFeedback,
  type TriageFilter,
  type TriagePatch,
  updateTriage,
} from './feedback.repo';
export { feedbackView } from './feedback.service';
