/** Query keys of the inbox feature; every inbox query starts with `inbox` (the event stream refreshes them). */
export type InboxView = 'inbox' | 'unread' | 'archive';
export type InboxKindFilter = 'all' | 'capture' | 'system';

export const inboxKeys = {
  all: ['inbox'] as const,
  list: (view: InboxView, kind: InboxKindFilter) => ['inbox', 'list', view, kind] as const,
  unread: ['inbox', 'unread'] as const,
};
