import { describe, expect, it } from 'vitest';
import { onboardingStepSeeds } from '../../server/db/seed/onboarding';
import { checkResponse, stepAfter, stepOptions } from './onboarding';

const step = (key: string) => {
  const found = onboardingStepSeeds.find((s) => s.key === key);
  if (!found) throw new Error(key);
  return { step_type: found.step_type, config: { ...found.config } as Record<string, unknown> };
};

describe('checkResponse', () => {
  it('takes nothing for a step without input', () => {
    for (const key of ['welcome', 'tour', 'done']) {
      expect(checkResponse(step(key))).toEqual({ ok: true, value: {} });
      expect(checkResponse(step(key), {})).toEqual({ ok: true, value: {} });
      expect(checkResponse(step(key), { seen: true })).toEqual({
        ok: false,
        issues: [{ path: ['seen'], message: 'This step takes no answer.' }],
      });
    }
  });

  it('keeps only offered choices, at least one, each once, in the order offered', () => {
    const interests = step('interests');
    expect(stepOptions(interests)).toContain('music_production');
    expect(checkResponse(interests, { selected: ['reading', 'focus'] })).toEqual({
      ok: true,
      value: { selected: ['focus', 'reading'] },
    });
    expect(checkResponse(interests, { selected: stepOptions(interests) }).ok).toBe(true);
    const bad = (response: Record<string, unknown>) => {
      const r = checkResponse(interests, response);
      return r.ok ? [] : r.issues.map((i) => i.path.join('.'));
    };
    expect(bad({ selected: [] })).toEqual(['selected']);
    expect(bad({})).toEqual(['selected']);
    expect(bad({ selected: 'focus' })).toEqual(['selected']);
    expect(bad({ selected: ['focus', 'knitting', 'focus', null] })).toEqual(['selected.1', 'selected.2', 'selected.3']);
    expect(bad({ selected: ['focus'], note: 'x' })).toEqual(['note']);
  });

  it('enforces a maximum when the step sets one', () => {
    const limited = {
      step_type: 'multi_select',
      config: {
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
        max: 1,
      },
    };
    expect(checkResponse(limited, { selected: ['a', 'b'] })).toMatchObject({
      ok: false,
      issues: [{ path: ['selected'] }],
    });
    expect(checkResponse(limited, { selected: [] })).toEqual({ ok: true, value: { selected: [] } });
  });

  it('checks form fields: required text trimmed and bounded, optional dates real and in range', () => {
    const goal = step('first_goal');
    expect(checkResponse(goal, { title: '  Finish the EP  ' })).toEqual({
      ok: true,
      value: { title: 'Finish the EP' },
    });
    expect(checkResponse(goal, { title: 'EP', target_date: '' })).toEqual({ ok: true, value: { title: 'EP' } });
    expect(checkResponse(goal, { title: 'EP', target_date: null })).toEqual({ ok: true, value: { title: 'EP' } });
    expect(checkResponse(goal, { title: 'EP', target_date: '2028-02-29' })).toEqual({
      ok: true,
      value: { title: 'EP', target_date: '2028-02-29' },
    });
    const paths = (response: Record<string, unknown>) => {
      const r = checkResponse(goal, response);
      return r.ok ? [] : r.issues.map((i) => i.path.join('.'));
    };
    expect(paths({})).toEqual(['title']);
    expect(paths({ title: ' ' })).toEqual(['title']);
    expect(paths({ title: 'x'.repeat(201) })).toEqual(['title']);
    expect(paths({ title: 'x'.repeat(200) })).toEqual([]);
    expect(paths({ title: ['EP'] })).toEqual(['title']);
    expect(paths({ title: 'EP', target_date: '2027-02-29' })).toEqual(['target_date']);
    expect(paths({ title: 'EP', target_date: '1899-12-31' })).toEqual(['target_date']);
    expect(paths({ title: 'EP', target_date: '31/12/2026' })).toEqual(['target_date']);
    expect(paths({ title: 'EP', goal_id: 'x' })).toEqual(['goal_id']);
  });
});

describe('stepAfter', () => {
  it('names the next step, and null after the last or for an unknown one', () => {
    const steps = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(stepAfter(steps, 'a')).toBe('b');
    expect(stepAfter(steps, 'c')).toBeNull();
    expect(stepAfter(steps, 'x')).toBeNull();
  });
});
