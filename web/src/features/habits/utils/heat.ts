import type { HeatLevel, HeatMapDay } from '@/components/charts/heat-map';

export interface HistoryDay {
  date: string;
  count: number;
  target: number;
  completed: boolean;
  skipped: boolean;
}

/** How full a day was, in the heat-map's five shades: any count shows, a met target is darkest. */
export function heatLevel(count: number, target: number): HeatLevel {
  if (count <= 0) return 0;
  const share = count / Math.max(1, target);
  if (share >= 1) return 4;
  if (share >= 2 / 3) return 3;
  if (share >= 1 / 3) return 2;
  return 1;
}

/** The heat-map's days, and how many of them met their target. */
export function heatDays(days: readonly HistoryDay[]): { map: Map<string, HeatMapDay>; done: number } {
  const map = new Map<string, HeatMapDay>();
  let done = 0;
  for (const d of days) {
    if (d.completed) done++;
    map.set(d.date, {
      level: d.completed ? 4 : (Math.min(3, heatLevel(d.count, d.target)) as HeatLevel),
      skipped: d.skipped,
      text: d.target > 1 ? `${d.count} of ${d.target}` : d.count > 0 ? 'done' : 'not done',
    });
  }
  return { map, done };
}
