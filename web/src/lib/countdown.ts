import { useEffect, useState } from 'react';

/** "42:10", or "3:05:09" from an hour up; never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, '0') : String(minutes);
  return `${hours > 0 ? `${hours}:` : ''}${mm}:${String(seconds).padStart(2, '0')}`;
}

/** "3 h 5 min left", "42 min left", "under a minute left": the countdown in words. */
export function countdownWords(ms: number): string {
  const minutes = Math.ceil(Math.max(0, ms) / 60_000);
  if (ms <= 0) return 'ended';
  if (minutes <= 1) return 'under a minute left';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${minutes} min left`;
  return rest === 0 ? `${hours} h left` : `${hours} h ${rest} min left`;
}

const parse = (iso: string | null | undefined): number | null => {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
};

/**
 * Runs `tick` now and again as each displayed second of a countdown passes, until it answers that
 * nothing is left (≤ 0 ms), and `onVisible` whenever the page is seen again. The timeouts aim at
 * the second boundaries and `tick` reads the clock each time, so a throttled background tab
 * shows the right time as soon as it is seen. Returns the cleanup, for an effect.
 */
export function tickEachSecond(tick: () => number, onVisible: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    const left = tick();
    if (left > 0) timer = setTimeout(run, (left % 1000 || 1000) + 5);
  };
  run();
  const visible = () => {
    if (document.visibilityState === 'visible') onVisible();
  };
  document.addEventListener('visibilitychange', visible);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', visible);
  };
}

/** Milliseconds until `expiresAt` (0 once it has passed, or without one), re-rendering as each displayed second passes. */
export function useTimeLeft(expiresAt: string | null | undefined): number {
  const end = parse(expiresAt);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    setNow(Date.now());
    if (end === null) return;
    return tickEachSecond(
      () => {
        const t = Date.now();
        setNow(t);
        return end - t;
      },
      () => setNow(Date.now()),
    );
  }, [end]);

  return end === null ? 0 : Math.max(0, end - now);
}

/** "1.5×", "2×". */
export const formatMultiplier = (multiplier: number): string =>
  `${Number.isInteger(multiplier) ? multiplier : multiplier.toFixed(2).replace(/0+$/, '')}×`;
