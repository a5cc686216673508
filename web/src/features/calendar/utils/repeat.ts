/** The repeat choices of the event form, and the RRULE each stands for. */
export type Repeat = 'none' | 'daily' | 'weekly' | 'monthly' | 'custom';

const rules: Record<Exclude<Repeat, 'none' | 'custom'>, string> = {
  daily: 'FREQ=DAILY',
  weekly: 'FREQ=WEEKLY',
  monthly: 'FREQ=MONTHLY',
};

export const repeatLabels: Record<Repeat, string> = {
  none: 'Does not repeat',
  daily: 'Every day',
  weekly: 'Every week',
  monthly: 'Every month',
  custom: 'Custom rule (RRULE)',
};

export function repeatOf(rule: string | null | undefined): Repeat {
  if (!rule) return 'none';
  const found = (Object.keys(rules) as (keyof typeof rules)[]).find((k) => rules[k] === rule);
  return found ?? 'custom';
}

export function ruleOf(repeat: Repeat, custom: string): string | null {
  if (repeat === 'none') return null;
  if (repeat === 'custom') return custom.trim() || null;
  return rules[repeat];
}
