import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createAbMixer, elementDeck } from './ab-audio';
import { AbSwitcher, type LoopRegion, type Side } from './ab-switcher';

interface AbInput {
  /** Integrated loudness of each side (LUFS), null when unknown. */
  aLufs: number | null;
  bLufs: number | null;
  /** Both sides loop over it while set. */
  region: LoopRegion | null;
  /** The source of side B; changing it stops playback. */
  bSrc: string | null;
}

const typing = (el: Element | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * The A/B controller for two <audio> elements the caller renders with `refs.a` and `refs.b`:
 * its state (side heard, gains, position), play/pause/seek/switch, the frame loop that loops
 * the region, and the X key to switch.
 */
export function useAbCompare({ aLufs, bLufs, region, bSrc }: AbInput) {
  const a = useRef<HTMLAudioElement>(null);
  const b = useRef<HTMLAudioElement>(null);
  const [{ switcher, mixer }] = useState(() => {
    const mixer = createAbMixer({ a, b });
    return { mixer, switcher: new AbSwitcher({ a: elementDeck(a), b: elementDeck(b) }, mixer) };
  });
  const state = useSyncExternalStore(switcher.subscribe, switcher.getState, switcher.getState);

  useEffect(() => switcher.setLoudness(aLufs, bLufs), [switcher, aLufs, bLufs]);

  const start = region?.start_ms;
  const end = region?.end_ms;
  useEffect(() => {
    switcher.setRegion(start !== undefined && end !== undefined ? { start_ms: start, end_ms: end } : null);
  }, [switcher, start, end]);

  // A new B loads from its start: stop, so the two start again together.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when B's source changes
  useEffect(() => {
    switcher.pause();
    switcher.select('a');
  }, [switcher, bSrc]);

  useEffect(() => {
    if (!state.playing) return;
    let frame = requestAnimationFrame(function loop() {
      switcher.tick();
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [switcher, state.playing]);

  const canSwitch = bSrc !== null;
  useEffect(() => {
    if (!canSwitch) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'x' || e.repeat || e.metaKey || e.ctrlKey || e.altKey) return;
      if (typing(document.activeElement) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      switcher.toggle();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [switcher, canSwitch]);

  useEffect(
    () => () => {
      switcher.pause();
      mixer.close();
    },
    [switcher, mixer],
  );

  return {
    state,
    refs: { a, b },
    play: () => switcher.play(),
    pause: () => switcher.pause(),
    seek: (ms: number) => switcher.seek(ms),
    select: (side: Side) => switcher.select(side),
    toggle: () => switcher.toggle(),
    /** For the elements' `ended` event. */
    ended: (side: Side) => switcher.ended(side),
  };
}
