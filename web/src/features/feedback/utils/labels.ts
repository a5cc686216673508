import type { FeedbackStatus, FeedbackType } from '#common/contracts/feedback';

export const typeLabels: Record<FeedbackType, string> = {
  bug: 'Bug',
  feature: 'Idea',
  praise: 'Praise',
  other: 'Other',
};

export const statusLabels: Record<FeedbackStatus, string> = {
  open: 'Received',
  triaged: 'Seen',
  planned: 'Planned',
  in_progress: 'In progress',
  resolved: 'Resolved',
  closed: 'Closed',
  wont_fix: 'Not planned',
};
