import { describe, expect, it } from 'vitest';
import { type MergeItem, mergePlan, orderCandidates, type PlanCandidate, planItemHref } from './plan';

const candidate = (kind: PlanCandidate['kind'], ref_id: string | null, done = false): PlanCandidate => ({
  kind,
  ref_id,
  title: `${kind} ${ref_id ?? ''}`,
  details: null,
  duration_minutes: null,
  scheduled_at: null,
  done,
});
const item = (id: string, kind: string, ref_id: string | null, source = 'generated', completed = false): MergeItem => ({
  id,
  kind,
  ref_id,
  source,
  completed_at: completed ? new Date() : null,
});

describe('mergePlan', () => {
  it('inserts everything into an empty plan except what is already done', () => {
    const merge = mergePlan([], [candidate('focus', null), candidate('habit', 'h1'), candidate('habit', 'h2', true)]);
    expect(merge.insert.map((c) => c.ref_id)).toEqual([null, 'h1']);
    expect(merge).toMatchObject({ refresh: [], complete: [], remove: [] });
  });

  it('keeps completed and hand-added items whatever the sources say', () => {
    const existing = [
      item('a', 'habit', 'h1', 'generated', true),
      item('b', 'custom', null, 'manual'),
      item('c', 'focus', null, 'manual'),
    ];
    const merge = mergePlan(existing, [candidate('focus', null)]);
    expect(merge.remove).toEqual([]);
    expect(merge.complete).toEqual([]);
    // A hand-added focus block does not stand in for the generated one.
    expect(merge.insert.map((c) => c.kind)).toEqual(['focus']);
  });

  it('refreshes open generated items still asked for, ticks done ones, removes gone ones', () => {
    const existing = [
      item('a', 'habit', 'h1'),
      item('b', 'habit', 'h2'),
      item('c', 'quest', 'q1'),
      item('d', 'focus', null),
    ];
    const merge = mergePlan(existing, [
      candidate('habit', 'h1'),
      candidate('habit', 'h2', true),
      candidate('focus', null),
    ]);
    expect(merge.refresh.map((r) => r.id)).toEqual(['a', 'd']);
    expect(merge.complete).toEqual(['b']);
    expect(merge.remove).toEqual(['c']);
    expect(merge.insert).toEqual([]);
  });

  it('never duplicates: repeated candidates and items already present are added once at most', () => {
    const merge = mergePlan(
      [item('a', 'event', 'e1')],
      [candidate('event', 'e1'), candidate('event', 'e2'), candidate('event', 'e2')],
    );
    expect(merge.insert.map((c) => c.ref_id)).toEqual(['e2']);
  });

  it('is stable: merging the result again changes nothing', () => {
    const candidates = [candidate('focus', null), candidate('habit', 'h1'), candidate('quest', 'q1')];
    const first = mergePlan([], candidates);
    const stored = first.insert.map((c, i) => item(`i${i}`, c.kind, c.ref_id));
    const second = mergePlan(stored, candidates);
    expect(second.insert).toEqual([]);
    expect(second.remove).toEqual([]);
  });
});

describe('orderCandidates', () => {
  const sources = {
    events: [
      { ...candidate('event', 'late'), scheduled_at: new Date('2026-01-15T18:00:00Z') },
      { ...candidate('event', 'early'), scheduled_at: new Date('2026-01-15T08:00:00Z') },
    ],
    habits: [
      candidate('habit', 'h1'),
      candidate('habit', 'h2'),
      candidate('habit', 'h3'),
      candidate('habit', 'h4', true),
    ],
    reading: [candidate('reading', 'b1')],
    reviews: [{ ...candidate('review', 'r'), ref_id: null }],
    quests: [candidate('quest', 'q1'), candidate('quest', 'q2')],
  };

  it('puts the focus block first, then events by start, habits, the book being read, reviews and quests', () => {
    const refs = orderCandidates(sources, false).map((c) => c.ref_id ?? c.kind);
    expect(refs).toEqual(['focus', 'early', 'late', 'h1', 'h2', 'h3', 'h4', 'b1', 'review', 'q1', 'q2']);
  });

  it('keeps a reduced plan short but still lists done habits for the merge', () => {
    const reduced = orderCandidates(sources, true);
    expect(reduced[0]?.duration_minutes).toBe(15);
    expect(reduced.map((c) => c.ref_id ?? c.kind)).toEqual([
      'focus',
      'early',
      'late',
      'h1',
      'h2',
      'h4',
      'b1',
      'review',
      'q1',
    ]);
  });
});

describe('planItemHref', () => {
  it('links each kind to the page that acts on it', () => {
    expect(planItemHref({ kind: 'focus', ref_id: null, duration_minutes: 50 })).toBe('/focus?start=50');
    expect(planItemHref({ kind: 'focus', ref_id: null, duration_minutes: null })).toBe('/focus?start=25');
    expect(planItemHref({ kind: 'habit', ref_id: 'h', duration_minutes: null })).toBe('/habits');
    expect(planItemHref({ kind: 'goal', ref_id: 'g', duration_minutes: null })).toBe('/goals/g');
    expect(planItemHref({ kind: 'workout', ref_id: 'e', duration_minutes: null })).toBe('/exercise');
    expect(planItemHref({ kind: 'reading', ref_id: 'b', duration_minutes: null })).toBe('/books/b');
    expect(planItemHref({ kind: 'custom', ref_id: null, duration_minutes: null })).toBeNull();
  });
});
