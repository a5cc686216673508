import { cn } from '@/lib/cn';
import { type FocusMode, formatClock, modeLabels, spokenDuration } from '../utils/timer';

export type DialStatus = 'idle' | 'active' | 'paused';

interface TimerDialProps {
  mode: FocusMode;
  status: DialStatus;
  /** Seconds to show: remaining while a session is open, the planned length when idle. */
  seconds: number;
  /** Elapsed share of the planned time, 0–1. */
  fraction: number;
  label?: string | null;
}

const RADIUS = 45;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

const statusText: Record<DialStatus, string> = { idle: 'Ready', active: 'Running', paused: 'Paused' };

/** The big timer: a ring that fills as time passes, and the time left in large digits. */
export function TimerDial({ mode, status, seconds, fraction, label }: TimerDialProps) {
  return (
    <div className="relative mx-auto grid aspect-square w-full max-w-[20rem] place-items-center">
      <svg aria-hidden viewBox="0 0 100 100" className="absolute inset-0 size-full -rotate-90">
        <circle cx="50" cy="50" r={RADIUS} fill="none" strokeWidth="4" className="stroke-subtle" />
        <circle
          cx="50"
          cy="50"
          r={RADIUS}
          fill="none"
          strokeWidth="4"
          strokeLinecap="round"
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - fraction)}
          className={cn(
            'transition-[stroke-dashoffset] duration-1000 ease-linear',
            mode === 'focus' ? 'stroke-accent' : 'stroke-success',
            status === 'paused' && 'opacity-50',
          )}
        />
      </svg>
      <div className="relative grid justify-items-center gap-1 px-6 text-center">
        <p className="text-sm font-medium text-muted">{modeLabels[mode]}</p>
        <div role="timer" aria-label={`${spokenDuration(seconds)} ${status === 'idle' ? 'planned' : 'left'}`}>
          <span
            aria-hidden
            className={cn(
              'block text-6xl font-semibold tracking-tight tabular-nums sm:text-7xl',
              status === 'paused' ? 'text-muted' : 'text-fg',
            )}
          >
            {formatClock(seconds)}
          </span>
        </div>
        <p
          className={cn(
            'rounded-full px-2.5 py-0.5 text-xs font-semibold tracking-wide uppercase',
            status === 'paused' ? 'bg-subtle text-fg' : 'bg-accent-soft text-accent-text',
          )}
          data-testid="focus-status"
        >
          {statusText[status]}
        </p>
        {label && <p className="max-w-[14rem] truncate text-sm text-muted">{label}</p>}
      </div>
    </div>
  );
}
