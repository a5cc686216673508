import { useInboxUnreadCount } from '@/features/inbox/api/get-unread-count';

/** Counts shown beside nav entries, by section id (the event stream keeps them fresh). */
export function useNavBadges(): Partial<Record<string, number>> {
  return { inbox: useInboxUnreadCount() };
}
