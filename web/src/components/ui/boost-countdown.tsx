import { Zap } from 'lucide-react';
import { cn } from '@/lib/cn';
import { countdownWords, formatCountdown, formatMultiplier, useTimeLeft } from '@/lib/countdown';

export interface RunningBoost {
  multiplier: number;
  expires_at: string;
}

interface BoostCountdownProps {
  boost: RunningBoost | null | undefined;
  /** `compact`: the multiplier and the time (phone header); `rail`: the time under the icon (collapsed sidebar). */
  size?: 'compact' | 'rail' | 'md';
  className?: string;
}

/**
 * A running XP boost: "1.5× XP · 42:10", ticking each second and gone at expiry. Screen readers
 * hear it in words ("XP boost 1.5×, 42 min left"), not every second.
 */
export function BoostCountdown({ boost, size = 'md', className }: BoostCountdownProps) {
  const left = useTimeLeft(boost?.expires_at);
  if (!boost || left <= 0) return null;
  const multiplier = formatMultiplier(boost.multiplier);
  return (
    <span
      role="timer"
      aria-label={`XP boost ${multiplier}, ${countdownWords(left)}`}
      data-testid="boost-countdown"
      className={cn(
        'inline-flex items-center gap-1 rounded-full bg-accent-soft font-medium text-accent-text tabular-nums',
        size === 'md' && 'px-2 py-0.5 text-xs',
        size === 'compact' && 'px-1.5 py-0.5 text-[11px]',
        size === 'rail' && 'flex-col gap-0 rounded-md px-1 py-0.5 text-[10px]',
        className,
      )}
    >
      <Zap aria-hidden className={size === 'md' ? 'size-3.5' : 'size-3'} />
      <span aria-hidden>
        {size !== 'rail' && `${multiplier}${size === 'md' ? ' XP · ' : ' '}`}
        {formatCountdown(left)}
      </span>
    </span>
  );
}
