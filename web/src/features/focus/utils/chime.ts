import { readLocal, writeLocal } from '@/lib/storage';

const SOUND_KEY = 'cadence.focus.sound';

/** Whether the end-of-session chime is on (a cosmetic preference of this browser). */
export const chimeEnabled = () => readLocal(SOUND_KEY) !== 'off';
export const setChimeEnabled = (on: boolean) => writeLocal(SOUND_KEY, on ? null : 'off');

/** A soft two-note chime, synthesised so no audio file ships with the app. */
export function playChime(): void {
  const Ctx =
    typeof window === 'undefined'
      ? undefined
      : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);
  if (!Ctx) return;
  try {
    const ctx = new Ctx();
    const notes = [659.25, 880];
    notes.forEach((frequency, i) => {
      const at = ctx.currentTime + i * 0.22;
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.18, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.1);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + 1.2);
    });
    setTimeout(() => void ctx.close(), 2000);
  } catch {
    // No audio (autoplay policy or no device): the chime is a nicety.
  }
}
