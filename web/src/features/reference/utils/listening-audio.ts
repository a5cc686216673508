import { type RefObject, useEffect } from 'react';
import type { ListeningPromptState } from '#common/contracts/listening';

/** What the listener hears of the stereo image: all of it, the mono sum, or the mid or side signal. */
export type ChannelView = 'stereo' | 'mono' | 'mid' | 'side';

/** A prompt's set-up as applied to playback: a focus band (or none) and a channel view. */
export interface ListeningSetup {
  band: readonly [number, number] | null;
  view: ChannelView;
}

/** The views a prompt's comparison switches between (a track A/B needs a second track, so it has none here). */
export function viewsFor(compare: ListeningPromptState['compare']): ChannelView[] {
  if (compare === 'mono_fold') return ['stereo', 'mono'];
  if (compare === 'mid_side') return ['stereo', 'mid', 'side'];
  return ['stereo'];
}

/**
 * The 2×2 mix of a view as `[L→left, R→left, L→right, R→right]`: the mono sum and the mid signal
 * are (L+R)/2 on both sides, the side signal (L−R)/2 on both.
 */
export function channelGains(view: ChannelView): [number, number, number, number] {
  if (view === 'mono' || view === 'mid') return [0.5, 0.5, 0.5, 0.5];
  if (view === 'side') return [0.5, -0.5, 0.5, -0.5];
  return [1, 0, 0, 1];
}

/** Whether a set-up changes the sound at all (if not, playback needs no audio graph). */
export const changesSound = (setup: ListeningSetup) => setup.band !== null || setup.view !== 'stereo';

/** Two-pole Butterworth filters, twice each side: a 24 dB/octave band-pass for the focus band. */
const BUTTERWORTH_Q = Math.SQRT1_2;

/** The audio graph of one media element (an element can be routed into Web Audio only once). */
interface Chain {
  ctx: AudioContext;
  apply: (setup: ListeningSetup) => void;
}

const chains = new WeakMap<HTMLMediaElement, Chain>();

function chainFor(el: HTMLMediaElement): Chain | null {
  const existing = chains.get(el);
  if (existing) return existing;
  if (typeof AudioContext === 'undefined') return null;
  const ctx = new AudioContext();
  const source = ctx.createMediaElementSource(el);
  // Upmixes a mono file to two channels, so the matrix below always has a left and a right.
  const upmix = new GainNode(ctx, { channelCount: 2, channelCountMode: 'explicit', channelInterpretation: 'speakers' });
  const splitter = ctx.createChannelSplitter(2);
  const merger = ctx.createChannelMerger(2);
  const gains = [0, 1, 2, 3].map(() => ctx.createGain());
  // L→left, R→left, L→right, R→right
  const routes: [number, number][] = [
    [0, 0],
    [1, 0],
    [0, 1],
    [1, 1],
  ];
  upmix.connect(splitter);
  routes.forEach(([from, to], i) => {
    const gain = gains[i] as GainNode;
    splitter.connect(gain, from);
    gain.connect(merger, 0, to);
  });
  const filters = [
    new BiquadFilterNode(ctx, { type: 'highpass', Q: BUTTERWORTH_Q }),
    new BiquadFilterNode(ctx, { type: 'highpass', Q: BUTTERWORTH_Q }),
    new BiquadFilterNode(ctx, { type: 'lowpass', Q: BUTTERWORTH_Q }),
    new BiquadFilterNode(ctx, { type: 'lowpass', Q: BUTTERWORTH_Q }),
  ];
  for (let i = 1; i < filters.length; i++) filters[i - 1]?.connect(filters[i] as BiquadFilterNode);

  const apply = (setup: ListeningSetup) => {
    source.disconnect();
    merger.disconnect();
    filters[3]?.disconnect();
    let out: AudioNode = source;
    if (setup.view !== 'stereo') {
      channelGains(setup.view).forEach((g, i) => {
        (gains[i] as GainNode).gain.value = g;
      });
      source.connect(upmix);
      out = merger;
    }
    if (setup.band) {
      const [low, high] = setup.band;
      for (const f of filters) f.frequency.value = f.type === 'highpass' ? low : high;
      out.connect(filters[0] as BiquadFilterNode);
      out = filters[3] as BiquadFilterNode;
    }
    out.connect(ctx.destination);
  };
  const chain = { ctx, apply };
  chains.set(el, chain);
  return chain;
}

/** Closes the audio graph of an element that is going away (a closed context frees its audio thread). */
export function releaseListeningChain(el: HTMLMediaElement | null) {
  const chain = el ? chains.get(el) : undefined;
  if (!el || !chain) return;
  chains.delete(el);
  void chain.ctx.close().catch(() => undefined);
}

/**
 * Plays the element through the set-up: a band-pass for the focus band, and the chosen channel
 * view. The element is routed into Web Audio only once a set-up changes the sound; after that a
 * plain set-up passes it straight through. The context resumes when playback starts (browsers
 * start it suspended until the user acts).
 */
export function useListeningChain(audioRef: RefObject<HTMLAudioElement | null>, setup: ListeningSetup) {
  const [low, high] = setup.band ?? [0, 0];
  const { view } = setup;
  useEffect(() => {
    const el = audioRef.current;
    if (!el) return;
    const wanted: ListeningSetup = { band: low > 0 ? [low, high] : null, view };
    if (!chains.has(el) && !changesSound(wanted)) return;
    const chain = chainFor(el);
    if (!chain) return;
    chain.apply(wanted);
    const resume = () => void chain.ctx.resume().catch(() => undefined);
    el.addEventListener('play', resume);
    if (!el.paused) resume();
    return () => el.removeEventListener('play', resume);
  }, [audioRef, low, high, view]);
}
