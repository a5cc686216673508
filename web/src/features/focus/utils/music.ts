import { readLocal, writeLocal } from '@/lib/storage';

const LIBRARY_KEY = 'cadence.focus.music';
const VOLUME_KEY = 'cadence.focus.music.volume';

/** The library that plays during focus blocks on this browser (null: no music). */
export const chosenLibrary = (): string | null => readLocal(LIBRARY_KEY);
export const setChosenLibrary = (id: string | null) => writeLocal(LIBRARY_KEY, id);

/** The music's volume, 0–1 (0.6 until the user moves it). */
export function savedVolume(): number {
  const value = Number(readLocal(VOLUME_KEY) ?? '0.6');
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : 0.6;
}
export const saveVolume = (volume: number) => writeLocal(VOLUME_KEY, String(volume));

/** The track after `index` in a queue of `length`, back to the first after the last. */
export const nextIndex = (index: number, length: number) => (length === 0 ? 0 : (index + 1) % length);
