import type { AdminFeedbackItem, FeedbackPriority, TriageFeedbackBody } from '#common/contracts/admin';
import type { FeedbackStatus, FeedbackType } from '#common/contracts/feedback';
import { feedbackPriorities, feedbackStatuses, feedbackTypes } from '#common/enums';

export interface FeedbackFilters {
  status?: FeedbackStatus;
  type?: FeedbackType;
  priority?: FeedbackPriority;
}

/** The list's query parameters: only the filters in force. */
export function feedbackQuery(filters: FeedbackFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.status) query.status = filters.status;
  if (filters.type) query.type = filters.type;
  if (filters.priority) query.priority = filters.priority;
  return query;
}

/** A select's value as a filter: '' (any) or an unknown value is no filter. */
export function pickFilter<T extends string>(values: readonly T[], value: string): T | undefined {
  return (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

export const statusOptions = feedbackStatuses;
export const typeOptions = feedbackTypes;
export const priorityOptions = feedbackPriorities;

/** What triage shows for each value. */
export const statusLabels: Record<FeedbackStatus, string> = {
  open: 'Open',
  triaged: 'Triaged',
  planned: 'Planned',
  in_progress: 'In progress',
  resolved: 'Resolved',
  closed: 'Closed',
  wont_fix: 'Won’t fix',
};
export const typeLabels: Record<FeedbackType, string> = {
  bug: 'Bug',
  feature: 'Idea',
  praise: 'Praise',
  other: 'Other',
};
export const priorityLabels: Record<FeedbackPriority, string> = {
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  urgent: 'Urgent',
};

export interface TriageDraft {
  status: FeedbackStatus;
  priority: FeedbackPriority;
  response: string;
}

type ItemState = Pick<AdminFeedbackItem, 'status' | 'priority' | 'admin_response'>;

/** The form's starting values: the message's own. */
export const draftOf = (item: ItemState): TriageDraft => ({
  status: item.status,
  priority: item.priority,
  response: item.admin_response ?? '',
});

/**
 * The triage to send: only what differs from the message (a blank response is no response; the
 * API keeps a response once given). Null when nothing changed.
 */
export function triageChanges(item: ItemState, draft: TriageDraft): TriageFeedbackBody | null {
  const body: TriageFeedbackBody = {};
  if (draft.status !== item.status) body.status = draft.status;
  if (draft.priority !== item.priority) body.priority = draft.priority;
  const response = draft.response.trim();
  if (response !== '' && response !== (item.admin_response ?? '')) body.admin_response = response;
  return Object.keys(body).length > 0 ? body : null;
}
