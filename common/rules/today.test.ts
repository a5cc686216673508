import { describe, expect, it } from 'vitest';
import { chooseStarter, isReturning, localHour, partOfDay, type StarterCandidate } from './today';

const c = (
  tier: StarterCandidate['tier'],
  rank: number,
  interest: string,
  title: string,
  module = interest,
): StarterCandidate => ({
  tier,
  rank,
  interest,
  module,
  kind: tier,
  title,
  href: '/',
  ref_id: null,
});

describe('partOfDay', () => {
  it('splits the day into morning, afternoon, evening and night', () => {
    expect([4, 5, 11, 12, 16, 17, 21, 22, 0].map(partOfDay)).toEqual([
      'night',
      'morning',
      'morning',
      'afternoon',
      'afternoon',
      'evening',
      'evening',
      'night',
      'night',
    ]);
  });

  it('reads the hour in the user’s time zone', () => {
    expect(localHour(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(7);
    expect(localHour(new Date('2026-07-15T23:30:00Z'), 'Europe/Berlin')).toBe(1);
  });
});

describe('isReturning', () => {
  it('is true from three days since the last active day', () => {
    expect(isReturning(null, '2026-01-15')).toBe(false);
    expect(isReturning('2026-01-14', '2026-01-15')).toBe(false);
    expect(isReturning('2026-01-13', '2026-01-15')).toBe(false);
    expect(isReturning('2026-01-12', '2026-01-15')).toBe(true);
    expect(isReturning('2025-12-31', '2026-01-15')).toBe(true);
  });
});

describe('chooseStarter', () => {
  it('takes the highest tier whatever the order given', () => {
    const pick = chooseStarter(
      [c('fallback', 0, 'focus', 'f'), c('habit', 0, 'habits', 'h'), c('plan', 3, 'planning', 'p')],
      [],
    );
    expect(pick?.title).toBe('p');
  });

  it('takes the lowest rank inside a tier, then the interests, then the order given', () => {
    const quests = [
      c('quest', 0.5, 'goals', 'half'),
      c('quest', 0.25, 'goals', 'near'),
      c('quest', 0.25, 'fitness', 'run'),
    ];
    expect(chooseStarter(quests, [])?.title).toBe('near');
    expect(chooseStarter(quests, ['fitness'])?.title).toBe('run');
    expect(chooseStarter(quests, ['goals', 'fitness'])?.title).toBe('near');
  });

  it('puts the module the user weighs most first on a tie, and never one weighed 0', () => {
    const quests = [c('quest', 0.25, 'goals', 'near', 'quests'), c('habit', 0, 'habits', 'stretch', 'habits')];
    expect(chooseStarter(quests, [])?.title).toBe('stretch');
    expect(chooseStarter(quests, [], { habits: 0 })?.title).toBe('near');
    const tie = [c('fallback', 0, 'planning', 'plan', 'planner'), c('fallback', 0, 'focus', 'focus', 'focus')];
    expect(chooseStarter(tie, ['planning'], { focus: 2 })?.title).toBe('focus');
    expect(chooseStarter(tie, [], { planner: 0, focus: 0 })).toBeNull();
  });

  it('answers null when there is nothing to choose', () => {
    expect(chooseStarter([], ['focus'])).toBeNull();
  });
});
