import { describe, expect, it } from 'vitest';
import { draftOf, feedbackQuery, pickFilter, statusOptions, triageChanges } from './feedback-filters';

describe('feedback triage filters', () => {
  it('sends only the filters in force', () => {
    expect(feedbackQuery({})).toEqual({});
    expect(feedbackQuery({ status: 'open', priority: undefined })).toEqual({ status: 'open' });
    expect(feedbackQuery({ status: 'resolved', type: 'bug', priority: 'urgent' })).toEqual({
      status: 'resolved',
      type: 'bug',
      priority: 'urgent',
    });
  });

  it('reads a select’s value as a filter, any or unknown as none', () => {
    expect(pickFilter(statusOptions, 'planned')).toBe('planned');
    expect(pickFilter(statusOptions, '')).toBeUndefined();
    expect(pickFilter(statusOptions, 'bogus')).toBeUndefined();
  });
});

describe('a triage from the form', () => {
  const item = { status: 'open', priority: 'normal', admin_response: null } as const;

  it('sends nothing when nothing changed, a blank response included', () => {
    expect(triageChanges(item, draftOf(item))).toBeNull();
    expect(triageChanges(item, { ...draftOf(item), response: '   ' })).toBeNull();
  });

  it('sends only what differs, the response trimmed', () => {
    expect(triageChanges(item, { status: 'resolved', priority: 'normal', response: '  Fixed in 1.2.  ' })).toEqual({
      status: 'resolved',
      admin_response: 'Fixed in 1.2.',
    });
    expect(triageChanges(item, { ...draftOf(item), priority: 'high' })).toEqual({ priority: 'high' });
  });

  it('leaves an existing response alone unless it is changed', () => {
    const answered = { ...item, admin_response: 'Thanks!' };
    expect(draftOf(answered).response).toBe('Thanks!');
    expect(triageChanges(answered, { ...draftOf(answered), status: 'closed' })).toEqual({ status: 'closed' });
    expect(triageChanges(answered, { ...draftOf(answered), response: 'Thanks, fixed.' })).toEqual({
      admin_response: 'Thanks, fixed.',
    });
  });
});
