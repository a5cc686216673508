import type { SoundWire } from '../api/types';
import { midiToHz, type SoundEvent, scheduleSound, soundLength, TONE_PARTIALS } from './schedule';

/**
 * A small Web Audio synthesiser for the drills: no audio files, every sound made here. One
 * context for the page, created (or resumed) by a user gesture; a new play stops the last.
 */

type AudioContextClass = typeof AudioContext;

const contextClass = (): AudioContextClass | undefined =>
  typeof window === 'undefined'
    ? undefined
    : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext);

/** Whether this browser can make sound at all. */
export const canPlay = (): boolean => contextClass() !== undefined;

/** The whole mix stays well under full scale, however many notes sound at once. */
const MASTER_GAIN = 0.35;
/** A little silence before the first event, so the scheduler is never late. */
const LEAD_IN = 0.06;
const ATTACK = 0.006;
const FLOOR = 0.0001;

export interface Synth {
  /** Creates or resumes the context: call it from a click or a key press. */
  unlock(): Promise<void>;
  /** Plays a sound (stopping the one before); resolves when it would have ended. */
  play(sound: SoundWire): Promise<void>;
  stop(): void;
  close(): void;
}

export function createSynth(): Synth {
  let context: AudioContext | null = null;
  let master: GainNode | null = null;
  /** The bus of the sound now playing, with its sources. */
  let current: { bus: GainNode; sources: AudioScheduledSourceNode[]; done: () => void } | null = null;

  const ensure = (): AudioContext | null => {
    if (context) return context;
    const Ctor = contextClass();
    if (!Ctor) return null;
    context = new Ctor();
    master = context.createGain();
    master.gain.value = MASTER_GAIN;
    master.connect(context.destination);
    return context;
  };

  const stop = () => {
    if (!current || !context) return;
    const { bus, sources, done } = current;
    current = null;
    const now = context.currentTime;
    bus.gain.cancelScheduledValues(now);
    bus.gain.setValueAtTime(bus.gain.value, now);
    bus.gain.linearRampToValueAtTime(0, now + 0.02);
    for (const source of sources) {
      try {
        source.stop(now + 0.03);
      } catch {
        // Already stopped.
      }
    }
    setTimeout(() => bus.disconnect(), 100);
    done();
  };

  const envelope = (gain: GainNode, start: number, peak: number, duration: number) => {
    gain.gain.setValueAtTime(0, start);
    gain.gain.linearRampToValueAtTime(peak, start + ATTACK);
    gain.gain.exponentialRampToValueAtTime(FLOOR, start + duration);
  };

  const sound = (ctx: AudioContext, bus: GainNode, event: SoundEvent, at: number): AudioScheduledSourceNode[] => {
    const start = at + event.time;
    if (event.kind === 'tone') {
      const voice = ctx.createGain();
      voice.connect(bus);
      envelope(voice, start, 0.3, event.duration);
      const base = midiToHz(event.midi);
      return TONE_PARTIALS.map(({ ratio, gain }) => {
        const osc = ctx.createOscillator();
        osc.type = 'sine';
        osc.frequency.value = base * ratio;
        const level = ctx.createGain();
        // Higher partials die away sooner, as a struck string's do.
        level.gain.setValueAtTime(gain, start);
        level.gain.exponentialRampToValueAtTime(gain * 0.05 + FLOOR, start + event.duration / ratio);
        osc.connect(level).connect(voice);
        osc.start(start);
        osc.stop(start + event.duration + 0.05);
        return osc;
      });
    }
    const osc = ctx.createOscillator();
    const voice = ctx.createGain();
    if (event.kind === 'click') {
      osc.type = 'square';
      osc.frequency.value = event.accent ? 1760 : 1320;
      envelope(voice, start, event.accent ? 0.35 : 0.2, event.duration);
    } else {
      osc.type = 'triangle';
      osc.frequency.setValueAtTime(520, start);
      osc.frequency.exponentialRampToValueAtTime(180, start + event.duration);
      envelope(voice, start, 0.7, event.duration);
    }
    osc.connect(voice).connect(bus);
    osc.start(start);
    osc.stop(start + event.duration + 0.05);
    return [osc];
  };

  return {
    async unlock() {
      const ctx = ensure();
      if (ctx && ctx.state === 'suspended') await ctx.resume();
    },
    play(wanted) {
      stop();
      const ctx = ensure();
      if (!ctx || !master) return Promise.resolve();
      if (ctx.state === 'suspended') void ctx.resume();
      const bus = ctx.createGain();
      bus.connect(master);
      const at = ctx.currentTime + LEAD_IN;
      const sources = scheduleSound(wanted).flatMap((event) => sound(ctx, bus, event, at));
      return new Promise<void>((resolve) => {
        const timer = setTimeout(
          () => {
            if (current?.bus === bus) current = null;
            resolve();
          },
          (LEAD_IN + soundLength(wanted)) * 1000,
        );
        current = {
          bus,
          sources,
          done: () => {
            clearTimeout(timer);
            resolve();
          },
        };
      });
    },
    stop,
    close() {
      stop();
      void context?.close();
      context = null;
      master = null;
    },
  };
}
