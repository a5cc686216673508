/** Query keys of the game layer's reads; every one starts with `gamification` (refreshed after each reward). */
export const gamificationKeys = {
  all: ['gamification'] as const,
  summary: ['gamification', 'summary'] as const,
  history: (days: number) => ['gamification', 'history', days] as const,
  skills: ['gamification', 'skills'] as const,
  achievements: ['gamification', 'achievements'] as const,
  streaks: ['gamification', 'streaks'] as const,
  teaser: ['gamification', 'teaser'] as const,
  ledger: ['gamification', 'ledger'] as const,
};
