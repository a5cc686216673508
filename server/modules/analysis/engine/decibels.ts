/**
 * Decibel conversions shared by the level measurements. Anything below `SILENCE_DB` is silence:
 * frame timelines hold `SILENCE_DB` there, summaries hold null.
 */

/** The floor of every level in the frame timelines (dBFS, dBTP, LUFS alike). */
export const SILENCE_DB = -120;

/** 10·log10 of a power (mean square), −Infinity for 0. */
export function powerDb(power: number): number {
  return 10 * Math.log10(power);
}

/** 20·log10 of an amplitude (a peak), −Infinity for 0. */
export function amplitudeDb(amplitude: number): number {
  return 20 * Math.log10(amplitude);
}

/** A level for a frame timeline: never below `SILENCE_DB` (nor NaN). */
export function frameDb(db: number): number {
  // Not Math.max: NaN (from 0/0) must land on the floor too.
  return Number.isNaN(db) ? SILENCE_DB : Math.max(db, SILENCE_DB);
}

/** A level for a summary: null when it is silence (below `SILENCE_DB`, or not a number). */
export function summaryDb(db: number): number | null {
  return db > SILENCE_DB && Number.isFinite(db) ? db : null;
}
