import type { DbOrTx } from '../../db/client';
import { rebuildCounters } from '../../platform/counters';
import { GAME_COUNTERS } from './game-counters';
import { gameCounterSource } from './progress.repo';

/**
 * Recounts the game counters of some users from their activity events: for activity written in
 * bulk rather than through `record` (the benchmark's dataset, tests that fill years of history).
 */
export const rebuildGameCounters = (tx: DbOrTx, userIds: string[]) =>
  rebuildCounters(tx, userIds, GAME_COUNTERS, gameCounterSource(userIds));
