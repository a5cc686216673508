import { describe, expect, it } from 'vitest';
import type { CatalogueRowWire } from '../api/catalogues';
import { specOf } from './catalogue-fields';
import { errorsFromDetails, fromFormValues, toFormValues } from './catalogue-form-values';

const quests = specOf('quests');
const row = {
  id: '00000000-0000-4000-8000-000000000001',
  key: 'daily_focus',
  title: 'Daily Focus',
  description: 'Spend 25 minutes in focus today.',
  period: 'daily',
  target_type: 'focus_minutes',
  target: 25,
  xp_reward: 50,
  coin_reward: 10,
  skill_key: 'focus',
  icon: 'timer',
  is_active: true,
  sort_order: 0,
  admin_edited_at: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
} as CatalogueRowWire;

describe('the catalogue form', () => {
  it('sends only the fields an edit changed, typed as the API takes them', () => {
    const values = { ...toFormValues(quests, row), title: 'Focus a little', target: '30', skill_key: '' };
    expect(fromFormValues(quests, values, row)).toEqual({
      body: { title: 'Focus a little', target: 30, skill_key: null },
      errors: {},
    });
    expect(fromFormValues(quests, toFormValues(quests, row), row).body).toEqual({});
  });

  it('checks a new row against the contract, naming the fields', () => {
    const values = { ...toFormValues(quests, null), key: 'Bad Key', title: 'New' };
    const { errors } = fromFormValues(quests, values, null);
    expect(errors.key).toMatch(/lower-case/);
    expect(errors.description).toBe('Required');
    expect(errors.period).toBe('Required');
    expect(fromFormValues(quests, toFormValues(quests, null), null).errors.key).toBe('Required');
  });

  it('refuses JSON it cannot read, and a quiz question whose answer is not a choice', () => {
    const lessons = specOf('learn-lessons');
    const base = toFormValues(lessons, null);
    expect(fromFormValues(lessons, { ...base, quiz: '[{' }, null).errors.quiz).toBe('This is not valid JSON');
    const quiz = JSON.stringify([
      { kind: 'single', question: 'Q', choices: ['a', 'b'], answers: [4], explanation: 'E' },
    ]);
    expect(fromFormValues(lessons, { ...base, quiz }, null).errors.quiz).toMatch(/answers must index choices/);
  });

  it('puts the API’s refusal beside its field', () => {
    expect(errorsFromDetails([{ path: 'config.low_hz', message: 'Too low' }], 'Refused')).toEqual({
      config: 'low_hz: Too low',
    });
    expect(errorsFromDetails([], 'Refused')).toEqual({ _form: 'Refused' });
  });
});
