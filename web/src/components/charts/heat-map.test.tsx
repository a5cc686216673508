import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { weekday } from '#common/time/day';
import { HeatMap, heatMapColumns } from './heat-map';

afterEach(cleanup);

describe('HeatMap', () => {
  it('lays out whole weeks from Monday, the last one holding the end day', () => {
    const columns = heatMapColumns('2026-11-28', 53); // a Saturday
    expect(columns).toHaveLength(53);
    expect(columns.every((c) => weekday(c.start) === 0)).toBe(true);
    expect(columns.at(-1)?.start).toBe('2026-11-23');
    expect(columns[0]?.start).toBe('2025-11-24');
    // Month labels are spaced so they never overlap.
    const labelled = columns.flatMap((c, i) => (c.month ? [i] : []));
    expect(labelled.length).toBeGreaterThanOrEqual(11);
    for (let i = 1; i < labelled.length; i++)
      expect((labelled[i] as number) - (labelled[i - 1] as number)).toBeGreaterThanOrEqual(3);
  });

  it('draws one square per day up to the end, each with what happened', () => {
    const days = new Map([
      ['2026-11-27', { level: 4 as const, text: 'done' }],
      ['2026-11-26', { level: 0 as const, skipped: true }],
    ]);
    const { container } = render(
      <HeatMap end="2026-11-28" weeks={2} days={days} title="Scales: the last year" summary="Done on 1 day." />,
    );
    expect(screen.getByRole('region', { name: 'Scales: the last year' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Done on 1 day.' })).toBeTruthy();
    const titles = [...container.querySelectorAll('section rect title')].map((t) => t.textContent);
    expect(titles).toHaveLength(13); // Monday 16 to Saturday 28 November
    expect(titles).toContain(
      `${new Date('2026-11-27T12:00:00Z').toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })}: done`,
    );
    expect(titles.filter((t) => t?.endsWith(': skipped'))).toHaveLength(1);
    expect(titles.filter((t) => t?.endsWith(': nothing logged'))).toHaveLength(11);
  });
});
