import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';
import { labelStep, niceCeiling } from './chart-frame';

afterEach(cleanup);

describe('BarChart', () => {
  it('rounds the axis up to a tidy figure', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(60)).toBe(100);
    expect(niceCeiling(130)).toBe(200);
    expect(niceCeiling(240)).toBe(250);
    expect(niceCeiling(501)).toBe(1000);
  });

  it('thins the axis labels of a long series', () => {
    expect(labelStep(7)).toBe(1);
    expect(labelStep(14)).toBe(2);
    expect(labelStep(30)).toBe(4);
  });

  it('gives screen readers the numbers as a table', () => {
    render(
      <BarChart
        title="Focus minutes per day"
        valueLabel="Minutes"
        formatValue={(v) => `${v} min`}
        data={[
          { key: 'a', label: 'M', longLabel: 'Monday', value: 25 },
          { key: 'b', label: 'T', longLabel: 'Tuesday', value: 0 },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Focus minutes per day' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual(['DayMinutes', 'Monday25 min', 'Tuesday0 min']);
  });
});
