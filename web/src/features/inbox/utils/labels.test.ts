import { describe, expect, it } from 'vitest';
import { aTarget, notificationLink, targetLink } from './labels';

describe('notificationLink', () => {
  it('follows a path inside the app', () => {
    expect(notificationLink({ link: '/progress' })).toBe('/progress');
    expect(notificationLink({ link: '/quests' })).toBe('/quests');
  });

  it('ignores anything that could leave the app or is not a path', () => {
    for (const link of ['https://example.com', '//example.com', 'javascript:alert(1)', '', 42, null, undefined]) {
      expect(notificationLink({ link })).toBeNull();
    }
    expect(notificationLink({})).toBeNull();
  });
});

describe('targetLink', () => {
  it('opens a goal itself, and the page of every other target', () => {
    expect(targetLink('goal', 'a b')).toBe('/goals?goal=a%20b');
    expect(targetLink('habit', 'x')).toBe('/habits');
    expect(targetLink('quest', 'x')).toBe('/quests');
    expect(targetLink('calendar_event', 'x')).toBe('/planner');
  });
});

describe('aTarget', () => {
  it('puts the right article before each target', () => {
    expect(aTarget('goal')).toBe('a goal');
    expect(aTarget('idea')).toBe('an idea');
    expect(aTarget('infobase')).toBe('an infobase entry');
    expect(aTarget('calendar_event')).toBe('an event');
  });
});
