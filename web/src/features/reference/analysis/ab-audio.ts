import type { RefObject } from 'react';
import type { AbDeck, AbMixer, Side } from './ab-switcher';

/** An <audio> element (read when called, so it may mount later) as a deck. */
export function elementDeck(ref: RefObject<HTMLAudioElement | null>): AbDeck {
  return {
    positionMs: () => (ref.current?.currentTime ?? 0) * 1000,
    seek: (ms) => {
      if (ref.current) ref.current.currentTime = ms / 1000;
    },
    play: () => ref.current?.play() ?? Promise.resolve(),
    pause: () => ref.current?.pause(),
  };
}

type AudioContextClass = typeof AudioContext;

const audioContextClass = (): AudioContextClass | undefined =>
  typeof window === 'undefined'
    ? undefined
    : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext);

/** The A/B gain stage, and a way to release it when the comparison closes. */
export interface ClosableMixer extends AbMixer {
  close(): void;
}

/**
 * Both elements through their own GainNode to the output (Web Audio), so a gain changes along
 * a short linear ramp (no click) and could exceed what element volume allows. The graph is
 * built on the first `resume()`, which play() calls from the user's click: a context made
 * earlier would start suspended. Until then, and in a browser without Web Audio, the gain is
 * the element's volume (enough for matching, which only ever turns a side down).
 */
export function createAbMixer(elements: Record<Side, RefObject<HTMLAudioElement | null>>): ClosableMixer {
  const wanted: Record<Side, number> = { a: 1, b: 0 };
  let graph: { context: AudioContext; gains: Record<Side, GainNode> } | null = null;

  const build = (Context: AudioContextClass) => {
    const a = elements.a.current;
    const b = elements.b.current;
    if (!a || !b) return null;
    const context = new Context();
    const route = (el: HTMLAudioElement, side: Side) => {
      el.volume = 1;
      const gain = context.createGain();
      gain.gain.value = wanted[side];
      context.createMediaElementSource(el).connect(gain).connect(context.destination);
      return gain;
    };
    return { context, gains: { a: route(a, 'a'), b: route(b, 'b') } };
  };

  return {
    setGain(side, gain, rampMs) {
      wanted[side] = gain;
      if (graph) {
        const param = graph.gains[side].gain;
        const now = graph.context.currentTime;
        param.cancelScheduledValues(now);
        param.setValueAtTime(param.value, now);
        param.linearRampToValueAtTime(gain, now + rampMs / 1000);
        return;
      }
      const el = elements[side].current;
      if (el) el.volume = Math.min(1, Math.max(0, gain));
    },
    async resume() {
      const Context = audioContextClass();
      if (!Context) return;
      graph ??= build(Context);
      if (graph && graph.context.state !== 'running') await graph.context.resume();
    },
    close() {
      void graph?.context.close().catch(() => undefined);
      graph = null;
    },
  };
}
