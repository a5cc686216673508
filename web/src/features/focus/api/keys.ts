/** Query keys of the focus feature; every focus query starts with `focus`. */
export const focusKeys = {
  all: ['focus'] as const,
  active: ['focus', 'active'] as const,
  presets: ['focus', 'presets'] as const,
  history: ['focus', 'history'] as const,
  historyOf: (mode: string) => ['focus', 'history', mode] as const,
  stats: (days: number) => ['focus', 'stats', days] as const,
};
