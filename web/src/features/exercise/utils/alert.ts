/**
 * The end of a rest: a short tone through Web Audio and a vibration where the device has one.
 * Browsers start audio only after a user gesture, so the context is made (or resumed) by
 * `primeRestAlert` in the tap that logs a set, and reused when the rest ends.
 */

let context: AudioContext | null = null;

const AudioContextClass = (): typeof AudioContext | undefined =>
  typeof window === 'undefined'
    ? undefined
    : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);

/** Call from a user gesture (a click): makes the audio context the tone will play in. */
export function primeRestAlert(): void {
  const Ctx = AudioContextClass();
  if (!Ctx) return;
  try {
    context ??= new Ctx();
    if (context.state === 'suspended') void context.resume();
  } catch {
    context = null; // no audio device: the tone is a nicety
  }
}

/** A short beep, when a gesture has allowed audio; and a vibration. */
export function playRestAlert(): void {
  if (context && context.state !== 'closed') {
    try {
      const at = context.currentTime;
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = 'sine';
      osc.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.2, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.45);
      osc.connect(gain).connect(context.destination);
      osc.start(at);
      osc.stop(at + 0.5);
    } catch {
      // ignore: the vibration and the screen still say it
    }
  }
  if (typeof navigator !== 'undefined' && typeof navigator.vibrate === 'function') {
    try {
      navigator.vibrate([200, 100, 200]);
    } catch {
      // ignore
    }
  }
}
