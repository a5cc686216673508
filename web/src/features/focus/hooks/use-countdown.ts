import { useEffect, useState } from 'react';
import { remainingAt, type TimerAnchor } from '../utils/timer';

/**
 * Milliseconds left on `anchor`, re-rendering as each displayed second passes. Timeouts are
 * aimed at the second boundaries and every tick reads the clock again, so a throttled
 * background tab shows the right time the moment it is seen.
 */
export function useCountdown(anchor: TimerAnchor | null): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    setNow(Date.now());
    if (anchor?.status !== 'active') return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      const left = remainingAt(anchor, t);
      if (left <= 0) return;
      timer = setTimeout(tick, (left % 1000 || 1000) + 5);
    };
    tick();
    const onVisible = () => {
      if (document.visibilityState === 'visible') setNow(Date.now());
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [anchor]);

  return anchor ? remainingAt(anchor, Math.max(now, anchor.received_at)) : 0;
}
