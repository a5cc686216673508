import { useEffect, useRef } from 'react';
import { createSynth, type Synth } from './synth';

/** The page's synthesiser: one per mounted player, silenced and closed when it goes. */
export function useSynth(): Synth {
  const ref = useRef<Synth | null>(null);
  ref.current ??= createSynth();
  useEffect(() => {
    const synth = ref.current;
    return () => synth?.close();
  }, []);
  return ref.current;
}
