import type { InboxTarget } from '#common/contracts/inbox';

export const targetLabels: Record<InboxTarget, string> = {
  habit: 'Habit',
  goal: 'Goal',
  quest: 'Quest',
  idea: 'Idea',
  infobase: 'Infobase entry',
  calendar_event: 'Event',
};

/** "a goal", "an idea": the target with its article. */
export function aTarget(type: InboxTarget): string {
  const label = targetLabels[type].toLowerCase();
  return /^[aeiou]/.test(label) ? `an ${label}` : `a ${label}`;
}

/** Where what an item became can be seen. */
export function targetLink(type: InboxTarget, id: string): string {
  switch (type) {
    case 'goal':
      return `/goals?goal=${encodeURIComponent(id)}`;
    case 'habit':
      return '/habits';
    case 'quest':
      return '/quests';
    case 'idea':
      return '/ideas';
    case 'infobase':
      return '/infobase';
    case 'calendar_event':
      return '/planner';
  }
}

/** A notification's link, only when it is a path inside the app. */
export function notificationLink(data: Record<string, unknown>): string | null {
  const link = data.link;
  return typeof link === 'string' && /^\/[a-z]/.test(link) ? link : null;
}
