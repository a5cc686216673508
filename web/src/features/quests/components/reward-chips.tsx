import { Coins, Sparkles } from 'lucide-react';

/** "+50 XP  +10 coins" as two small chips. */
export function RewardChips({ xp, coins }: { xp: number; coins: number }) {
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      {xp > 0 && (
        <span className="inline-flex items-center gap-1 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-medium text-accent-text">
          <Sparkles aria-hidden className="size-3" />+{xp} XP
        </span>
      )}
      {coins > 0 && (
        <span className="inline-flex items-center gap-1 rounded-full bg-subtle px-2 py-0.5 text-xs font-medium text-muted">
          <Coins aria-hidden className="size-3" />+{coins} coins
        </span>
      )}
    </span>
  );
}
