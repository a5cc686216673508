import { Link } from 'react-router';
import { useGameSummary } from '@/features/progress/api/get-summary';
import { cn } from '@/lib/cn';
import { useSettings } from '@/lib/settings';

interface LevelIndicatorProps {
  /** The ring alone (collapsed sidebar, phone header). */
  compact?: boolean;
}

const RING = 2 * Math.PI * 15;

/**
 * The user's level and XP to the next one, linking to Progress. It reads the game summary,
 * which every reward refreshes, so it moves as soon as something is earned.
 */
export function LevelIndicator({ compact = false }: LevelIndicatorProps) {
  const settings = useSettings(false);
  const visible = settings.data?.gamification_visible !== false;
  const summary = useGameSummary(visible);
  if (!visible || summary.isError) return null;
  if (!summary.data) {
    return <div aria-hidden className={cn('animate-pulse rounded-md bg-subtle', compact ? 'size-9' : 'h-11')} />;
  }
  const s = summary.data;
  const share = Math.min(1, Math.max(0, s.xp_into_level / Math.max(1, s.xp_for_next_level)));
  const label = `Level ${s.level}, ${s.xp_into_level} of ${s.xp_for_next_level} XP to level ${s.level + 1}`;

  const ring = (
    <span aria-hidden className="relative grid size-9 shrink-0 place-items-center">
      <svg aria-hidden viewBox="0 0 36 36" className="absolute inset-0 -rotate-90">
        <circle cx="18" cy="18" r="15" fill="none" strokeWidth="3" className="stroke-subtle" />
        <circle
          cx="18"
          cy="18"
          r="15"
          fill="none"
          strokeWidth="3"
          strokeLinecap="round"
          className="stroke-accent transition-[stroke-dashoffset] duration-700 ease-out"
          strokeDasharray={RING}
          strokeDashoffset={RING * (1 - share)}
        />
      </svg>
      <span className="text-xs font-semibold tabular-nums">{s.level}</span>
    </span>
  );

  if (compact) {
    return (
      <Link
        to="/progress"
        aria-label={label}
        title={label}
        data-testid="level-indicator"
        className="grid place-items-center rounded-full text-fg hover:bg-subtle"
      >
        {ring}
      </Link>
    );
  }
  return (
    <Link
      to="/progress"
      aria-label={label}
      data-testid="level-indicator"
      className="flex items-center gap-2.5 rounded-lg px-1.5 py-1 text-fg hover:bg-subtle"
    >
      {ring}
      <span className="min-w-0 flex-1">
        <span className="block text-sm font-medium">Level {s.level}</span>
        <span className="block truncate text-xs text-muted tabular-nums">
          {s.xp_into_level} / {s.xp_for_next_level} XP · {s.coins} coins
        </span>
      </span>
    </Link>
  );
}
