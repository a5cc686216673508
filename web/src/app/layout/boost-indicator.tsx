import { BoostCountdown } from '@/components/ui/boost-countdown';
import { useGameSummary } from '@/features/progress/api/get-summary';
import { useSettings } from '@/lib/settings';

/**
 * The running XP boost beside the level (the game summary the shell already reads carries it),
 * counting down each second until it ends.
 */
export function BoostIndicator({ size = 'md' }: { size?: 'compact' | 'rail' | 'md' }) {
  const settings = useSettings(false);
  const visible = settings.data?.gamification_visible !== false;
  const summary = useGameSummary(visible);
  if (!visible) return null;
  return (
    <BoostCountdown
      boost={summary.data?.active_boost}
      size={size}
      className={size === 'md' ? 'ml-1.5 justify-self-start' : undefined}
    />
  );
}
