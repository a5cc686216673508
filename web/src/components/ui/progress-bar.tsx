import { cn } from '@/lib/cn';

interface ProgressBarProps {
  value: number;
  max: number;
  /** Names the bar for screen readers ("XP to level 4"). */
  label: string;
  /** What a screen reader says for the value ("120 of 282 XP"); defaults to "value of max". */
  valueText?: string;
  size?: 'sm' | 'md';
  tone?: 'accent' | 'success';
  className?: string;
}

/** A horizontal progress bar with its numbers exposed to assistive technology. */
export function ProgressBar({
  value,
  max,
  label,
  valueText,
  size = 'md',
  tone = 'accent',
  className,
}: ProgressBarProps) {
  const safeMax = Math.max(1, max);
  const clamped = Math.min(safeMax, Math.max(0, value));
  const percent = (clamped / safeMax) * 100;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={safeMax}
      aria-valuenow={clamped}
      aria-valuetext={valueText ?? `${clamped} of ${safeMax}`}
      className={cn('w-full overflow-hidden rounded-full bg-subtle', size === 'sm' ? 'h-1.5' : 'h-2.5', className)}
    >
      <div
        className={cn(
          'h-full rounded-full transition-[width] duration-500 ease-out',
          tone === 'success' ? 'bg-success' : 'bg-accent',
        )}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
