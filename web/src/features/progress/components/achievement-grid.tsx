import { Check, Lock, Trophy } from 'lucide-react';
import { CatalogueIcon } from '@/components/ui/catalogue-icon';
import { ProgressBar } from '@/components/ui/progress-bar';
import { cn } from '@/lib/cn';
import { formatDate } from '@/lib/format';
import type { AchievementWire } from '../api/get-achievements';
import { formatNumber } from '../utils/format';

/** A hidden achievement tells nothing about itself until it is earned, whatever the API sent. */
export const isSecret = (a: AchievementWire): boolean => a.is_hidden && !a.earned;

function Tile({ achievement: a }: { achievement: AchievementWire }) {
  const secret = isSecret(a);
  const name = secret ? '???' : a.name;
  return (
    <li
      className={cn(
        'flex gap-3 rounded-xl border p-3.5',
        a.earned ? 'border-accent/40 bg-accent-soft' : 'border-line bg-surface',
      )}
      data-testid="achievement"
      data-earned={a.earned}
    >
      <span
        className={cn(
          'grid size-10 shrink-0 place-items-center rounded-full',
          a.earned ? 'bg-accent text-accent-fg' : 'bg-subtle text-muted',
        )}
      >
        {secret ? (
          <Lock aria-hidden className="size-4" />
        ) : (
          <CatalogueIcon name={a.icon} fallback={Trophy} className="size-5" />
        )}
      </span>
      <div className="grid min-w-0 flex-1 content-start gap-1">
        <h3 className="flex items-center gap-1.5 text-sm font-semibold">
          <span className="truncate">{name}</span>
          {secret && <span className="sr-only">(hidden achievement)</span>}
          {a.earned && (
            <>
              <Check aria-hidden className="size-3.5 shrink-0 text-accent-text" />
              <span className="sr-only">(earned)</span>
            </>
          )}
        </h3>
        <p className="text-xs text-muted">{secret ? 'Keep going to discover this one.' : a.description}</p>
        {a.earned ? (
          <p className="text-xs text-muted">
            {a.earned_at ? `Earned ${formatDate(a.earned_at)}` : 'Earned'}
            {(a.reward_xp > 0 || a.reward_coins > 0) &&
              ` · +${formatNumber(a.reward_xp)} XP, +${formatNumber(a.reward_coins)} coins`}
          </p>
        ) : secret ? null : (
          <div className="mt-1 grid gap-1">
            <ProgressBar
              size="sm"
              value={a.progress}
              max={a.target}
              label={`${a.name} progress`}
              valueText={`${a.progress} of ${a.target}`}
            />
            <p className="text-xs text-muted tabular-nums">
              {formatNumber(Math.min(a.progress, a.target))}/{formatNumber(a.target)}
              {(a.reward_xp > 0 || a.reward_coins > 0) && ` · +${formatNumber(a.reward_xp)} XP`}
            </p>
          </div>
        )}
      </div>
    </li>
  );
}

export type AchievementFilter = 'all' | 'earned' | 'open';

/** Earned first (newest first), then the closest to done; hidden ones last. */
export function sortAchievements(list: AchievementWire[]): AchievementWire[] {
  const share = (a: AchievementWire) => (a.target > 0 ? a.progress / a.target : 0);
  return [...list].sort((a, b) => {
    if (a.earned !== b.earned) return a.earned ? -1 : 1;
    if (a.earned && b.earned) return (b.earned_at ?? '').localeCompare(a.earned_at ?? '');
    if (isSecret(a) !== isSecret(b)) return isSecret(a) ? 1 : -1;
    return share(b) - share(a);
  });
}

export function filterAchievements(list: AchievementWire[], filter: AchievementFilter): AchievementWire[] {
  if (filter === 'earned') return list.filter((a) => a.earned);
  if (filter === 'open') return list.filter((a) => !a.earned);
  return list;
}

/** Achievements as tiles: hidden ones read "???" until earned, the others show progress n/m. */
export function AchievementGrid({ achievements, label }: { achievements: AchievementWire[]; label: string }) {
  return (
    <ul aria-label={label} className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
      {achievements.map((a) => (
        <Tile key={a.key} achievement={a} />
      ))}
    </ul>
  );
}
