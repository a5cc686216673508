import { useEffect, useState } from 'react';
import { tickEachSecond } from '@/lib/countdown';
import { remainingAt, type TimerAnchor } from '../utils/timer';

/** Milliseconds left on `anchor`, re-rendering as each displayed second passes (`tickEachSecond`). */
export function useCountdown(anchor: TimerAnchor | null): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    setNow(Date.now());
    if (anchor?.status !== 'active') return;
    return tickEachSecond(
      () => {
        const t = Date.now();
        setNow(t);
        return remainingAt(anchor, t);
      },
      () => setNow(Date.now()),
    );
  }, [anchor]);

  return anchor ? remainingAt(anchor, Math.max(now, anchor.received_at)) : 0;
}
