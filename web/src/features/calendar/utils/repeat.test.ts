import { describe, expect, it } from 'vitest';
import { repeatOf, ruleOf } from './repeat';

describe('repeat choices', () => {
  it('maps the simple choices to rules and back', () => {
    for (const r of ['daily', 'weekly', 'monthly'] as const) expect(repeatOf(ruleOf(r, ''))).toBe(r);
    expect(ruleOf('none', 'FREQ=DAILY')).toBeNull();
    expect(repeatOf(null)).toBe('none');
  });

  it('keeps any other rule as a custom one', () => {
    expect(repeatOf('FREQ=WEEKLY;BYDAY=MO,WE')).toBe('custom');
    expect(ruleOf('custom', '  FREQ=MONTHLY;BYMONTHDAY=-1 ')).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
  });
});
