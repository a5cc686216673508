import { describe, expect, it } from 'vitest';
import { type AuditDraft, auditCsvHref, auditQueryOf, emptyAuditDraft } from './audit-filters';

const ACTOR = '0f8fad5b-d9cb-469f-a165-70867728950e';
const draft = (patch: Partial<AuditDraft>): AuditDraft => ({ ...emptyAuditDraft, ...patch });

describe('the audit log’s filters', () => {
  it('send nothing when the form is empty', () => {
    expect(auditQueryOf(emptyAuditDraft)).toEqual({ query: {} });
  });

  it('send each filter filled in, trimmed, the window as instants', () => {
    const result = auditQueryOf(
      draft({
        actor: ` ${ACTOR.toUpperCase()} `,
        event_type: ' admin_action ',
        action: 'feedback.triage',
        resource_type: 'feedback',
        resource_id: 'abc',
        from: '2026-03-01T08:00',
        to: '2026-03-02T08:00',
      }),
    );
    expect(result).toEqual({
      query: {
        user_id: ACTOR,
        event_type: 'admin_action',
        action: 'feedback.triage',
        resource_type: 'feedback',
        resource_id: 'abc',
        from: new Date('2026-03-01T08:00').toISOString(),
        to: new Date('2026-03-02T08:00').toISOString(),
      },
    });
  });

  it('refuse what the API would, naming the field', () => {
    expect(auditQueryOf(draft({ actor: 'someone' }))).toEqual({ errors: { actor: 'Enter a user id (a UUID).' } });
    expect(auditQueryOf(draft({ action: 'refund' }))).toEqual({
      errors: { action: 'Give an event type too.' },
    });
    expect(auditQueryOf(draft({ resource_id: 'abc' }))).toEqual({
      errors: { resource_id: 'Give a target type too.' },
    });
    expect(auditQueryOf(draft({ from: '2026-03-02T08:00', to: '2026-03-01T08:00' }))).toEqual({
      errors: { to: 'Make it later than From.' },
    });
    expect(auditQueryOf(draft({ from: 'soon' }))).toEqual({ errors: { from: 'Enter a date and time.' } });
  });

  it('download the CSV with the same filters', () => {
    expect(auditCsvHref({})).toBe('/api/admin/audit.csv');
    const result = auditQueryOf(draft({ event_type: 'purchase', action: 'refund', actor: ACTOR }));
    if (!('query' in result)) throw new Error('expected a query');
    const url = new URL(auditCsvHref(result.query), 'http://cadence.test');
    expect(url.pathname).toBe('/api/admin/audit.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({ user_id: ACTOR, event_type: 'purchase', action: 'refund' });
  });
});
