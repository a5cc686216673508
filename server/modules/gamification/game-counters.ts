import type { ActivityEventType } from '#common/enums';
import type { AchievementFacts } from '#common/rules/achievements';
import { durationSeconds, metricContributions, type TotalMetric } from '#common/rules/activity';
import type { Counters } from '../../platform/counters';

/**
 * The game layer's counters (platform/counters.ts), written by `record` and `reverse` in the
 * event's transaction, after the account lock, so achievements and the teaser never count the
 * user's history on read:
 *
 *   game:count:<event type>               events of that type
 *   game:total:<metric>                   lifetime totals (focus minutes, pages read…)
 *   game:seconds:<event type>:<seconds>   events of that type that lasted exactly that long
 *
 * The last family answers "events at least N seconds long" for any N an achievement names,
 * with a handful of rows per user (durations repeat: a 25-minute session is a 25-minute session).
 */
export const GAME_COUNTERS = 'game:';

const countKey = (type: string) => `game:count:${type}`;
const totalKey = (metric: string) => `game:total:${metric}`;
const secondsPrefix = (type: string) => `game:seconds:${type}:`;

/** What one event adds to (sign 1) or, undone, takes from (sign -1) the counters. */
export function eventCounterDeltas(
  type: ActivityEventType,
  data: Record<string, unknown>,
  sign: 1 | -1,
): [string, number][] {
  const deltas: [string, number][] = [[countKey(type), sign]];
  for (const [metric, amount] of Object.entries(metricContributions(type, data))) {
    if (amount) deltas.push([totalKey(metric), sign * amount]);
  }
  const seconds = durationSeconds(type, data);
  if (seconds > 0) deltas.push([`${secondsPrefix(type)}${seconds}`, sign]);
  return deltas;
}

export const eventCount = (counters: Counters, type: ActivityEventType) => counters.get(countKey(type)) ?? 0;

export const metricTotal = (counters: Counters, metric: Exclude<TotalMetric, 'coins_earned'>) =>
  counters.get(totalKey(metric)) ?? 0;

/** Events of a type that lasted at least `minSeconds`. */
export function eventCountAtLeast(counters: Counters, type: ActivityEventType, minSeconds: number): number {
  const prefix = secondsPrefix(type);
  let n = 0;
  for (const [key, value] of counters) {
    if (key.startsWith(prefix) && Number(key.slice(prefix.length)) >= minSeconds) n += value;
  }
  return n;
}

/** The achievement facts the counters hold: counts (with `countKey(event, min)` entries) and totals. */
export function countedFacts(counters: Counters): Pick<AchievementFacts, 'counts' | 'totals'> {
  const counts: AchievementFacts['counts'] = {};
  const totals: AchievementFacts['totals'] = {};
  for (const [key, value] of counters) {
    if (key.startsWith('game:count:')) counts[key.slice('game:count:'.length)] = value;
    else if (key.startsWith('game:total:')) totals[key.slice('game:total:'.length) as TotalMetric] = value;
  }
  return { counts, totals };
}
