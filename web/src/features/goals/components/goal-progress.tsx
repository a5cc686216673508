import { cn } from '@/lib/cn';

/** A goal's share of milestones done, as a bar with its number. */
export function GoalProgress({ value, label, className }: { value: number; label: string; className?: string }) {
  const pct = Math.round(Math.min(100, Math.max(0, value)));
  return (
    <div className={cn('flex items-center gap-3', className)}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${pct}%`}
        className="h-2 flex-1 overflow-hidden rounded-full bg-subtle"
      >
        <div
          className={cn('h-full rounded-full transition-[width] duration-300', pct >= 100 ? 'bg-success' : 'bg-accent')}
          style={{ width: `${pct}%` }}
        />
      </div>
      <span aria-hidden className="w-10 text-right text-xs font-medium tabular-nums text-muted">
        {pct}%
      </span>
    </div>
  );
}
