/** Query keys: Today under `today` (refreshed by rewards), plans under `plan` (refreshed by plan_changed). */
export const todayKeys = {
  today: ['today'] as const,
  plan: (date: string) => ['plan', date] as const,
};
