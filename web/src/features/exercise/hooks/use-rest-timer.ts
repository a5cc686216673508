import { useCallback, useEffect, useRef, useState } from 'react';
import { tickEachSecond } from '@/lib/countdown';
import { extendRest, type Rest, restSecondsShown, startRest } from '../utils/rest';

export interface RestTimer {
  /** The running rest, or null. */
  rest: Rest | null;
  /** Whole seconds left (0 when none runs). */
  seconds: number;
  start: (seconds: number | null | undefined) => void;
  add: (seconds?: number) => void;
  skip: () => void;
}

/**
 * The rest countdown: re-renders as each shown second passes (`tickEachSecond`), and calls
 * `onDone` once when a rest reaches zero; skipping calls nothing.
 */
export function useRestTimer(onDone: () => void, now: () => number = Date.now): RestTimer {
  const [rest, setRest] = useState<Rest | null>(null);
  const [, setTick] = useState(0);
  const done = useRef(onDone);
  done.current = onDone;
  const clock = useRef(now);
  clock.current = now;

  useEffect(() => {
    if (!rest) return;
    return tickEachSecond(
      () => {
        const left = rest.endsAt - clock.current();
        if (left <= 0) {
          setRest(null);
          done.current();
          return 0;
        }
        setTick((t) => t + 1);
        return left;
      },
      () => setTick((t) => t + 1),
    );
  }, [rest]);

  const start = useCallback((seconds: number | null | undefined) => setRest(startRest(clock.current(), seconds)), []);
  const add = useCallback((seconds?: number) => setRest((r) => (r ? extendRest(r, clock.current(), seconds) : r)), []);
  const skip = useCallback(() => setRest(null), []);
  return { rest, seconds: rest ? restSecondsShown(rest, clock.current()) : 0, start, add, skip };
}
