import { formatDb } from './hints';

/** The gains, in dB, that play two tracks at the same integrated loudness. */
export interface MatchedGains {
  a: number;
  b: number;
  /** False when a loudness is unknown (not analysed, or silent): both play as they are. */
  matched: boolean;
}

/**
 * Loudness matching for A/B: the louder track is turned down by the difference of the two
 * integrated loudnesses (ITU-R BS.1770 LUFS), the quieter one is left as it is, so nothing is
 * ever boosted into clipping.
 */
export function matchedGains(aLufs: number | null, bLufs: number | null): MatchedGains {
  if (aLufs === null || bLufs === null || !Number.isFinite(aLufs) || !Number.isFinite(bLufs)) {
    return { a: 0, b: 0, matched: false };
  }
  const down = (louderBy: number) => (louderBy > 0 ? -louderBy : 0);
  return { a: down(aLufs - bLufs), b: down(bLufs - aLufs), matched: true };
}

/** A gain as the user reads it: "B −3.2 dB", "A 0.0 dB". */
export const gainLabel = (side: 'A' | 'B', db: number) => `${side} ${formatDb(db)} dB`;

/** A gain in dB as a linear amplitude factor. */
export const dbToGain = (db: number) => 10 ** (db / 20);
