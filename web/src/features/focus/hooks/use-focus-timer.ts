import { useEffect, useMemo, useRef, useState } from 'react';
import type { StartFocusBody } from '#common/contracts/focus';
import { useAbandonFocus } from '../api/abandon-focus';
import { type FocusCompletionWire, useCompleteFocus } from '../api/complete-focus';
import { useActiveFocus } from '../api/get-active-focus';
import { usePauseFocus } from '../api/pause-focus';
import { useResumeFocus } from '../api/resume-focus';
import { useStartFocus } from '../api/start-focus';
import { anchorFromSession, type FocusMode, type TimerAnchor } from '../utils/timer';
import { useCountdown } from './use-countdown';

export interface FinishedSession {
  mode: FocusMode;
  minutes: number;
}

interface Options {
  /** Poll the active session this often while one is open (when real-time events are missing). */
  pollMs: number | false;
  /** Runs on the device whose completion the server accepted (rewards, sound). */
  onCompleted?: (result: FocusCompletionWire) => void;
}

/**
 * The focus timer's state: the open session as the server last described it, the countdown,
 * and the actions. When the time runs out this device completes the session; if the server
 * disagrees (another device finished it, or its clock is a moment behind) the session is read
 * again, and a fresh reading may try once more.
 */
export function useFocusTimer({ pollMs, onCompleted }: Options) {
  const active = useActiveFocus(pollMs);
  const data = active.data;
  const anchor: TimerAnchor | null = useMemo(
    () => (data ? anchorFromSession(data.session, data.received_at) : null),
    [data],
  );
  const remaining = useCountdown(anchor);
  const [finished, setFinished] = useState<FinishedSession | null>(null);

  const start = useStartFocus();
  const pause = usePauseFocus();
  const resume = useResumeFocus();
  const abandon = useAbandonFocus();
  const complete = useCompleteFocus();

  const onCompletedRef = useRef(onCompleted);
  onCompletedRef.current = onCompleted;
  const triedFor = useRef<TimerAnchor | null>(null);

  const completeNow = (id: string) =>
    complete.mutate(id, {
      onSuccess: (result) => {
        setFinished({ mode: result.session.mode, minutes: Math.round(result.session.focused_seconds / 60) });
        onCompletedRef.current?.(result);
      },
    });

  // biome-ignore lint/correctness/useExhaustiveDependencies: completes once per reading of the session
  useEffect(() => {
    if (anchor?.status !== 'active' || remaining > 0 || triedFor.current === anchor) return;
    triedFor.current = anchor;
    completeNow(anchor.session_id);
  }, [anchor, remaining]);

  const busy = start.isPending || pause.isPending || resume.isPending || abandon.isPending || complete.isPending;

  return {
    query: active,
    session: data?.session ?? null,
    anchor,
    remaining,
    finished,
    busy,
    pending: {
      start: start.isPending,
      pause: pause.isPending,
      resume: resume.isPending,
      abandon: abandon.isPending,
      complete: complete.isPending,
    },
    clearFinished: () => setFinished(null),
    start: (body: StartFocusBody) => {
      setFinished(null);
      start.mutate(body);
    },
    pause: () => anchor && pause.mutate(anchor.session_id),
    resume: () => anchor && resume.mutate(anchor.session_id),
    abandon: () => anchor && abandon.mutate(anchor.session_id),
    complete: () => anchor && completeNow(anchor.session_id),
  };
}
