import { BookOpen, CalendarCheck, Dumbbell, Flame, GraduationCap, type LucideIcon, Repeat, Timer } from 'lucide-react';
import { useId } from 'react';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { ListSkeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { formatDayKey } from '@/lib/format';
import { type StreakWire, useStreaks } from '../api/get-streaks';

const streakInfo: Record<StreakWire['type'], { label: string; icon: LucideIcon; hint: string }> = {
  daily: { label: 'Any activity', icon: CalendarCheck, hint: 'Anything that earns XP counts.' },
  focus: { label: 'Focus', icon: Timer, hint: 'A finished focus session.' },
  habit: { label: 'Habits', icon: Repeat, hint: 'A habit completed.' },
  workout: { label: 'Workouts', icon: Dumbbell, hint: 'A finished workout.' },
  reading: { label: 'Reading', icon: BookOpen, hint: 'A reading session.' },
  learning: { label: 'Learning', icon: GraduationCap, hint: 'A lesson, drill or review.' },
};

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

function StreakRow({ streak }: { streak: StreakWire }) {
  const info = streakInfo[streak.type];
  const Icon = info.icon;
  const live = streak.current > 0;
  return (
    <li className="flex items-center gap-3 py-3 first:pt-0 last:pb-0">
      <span
        className={cn(
          'grid size-9 shrink-0 place-items-center rounded-lg',
          live ? 'bg-accent-soft text-accent-text' : 'bg-subtle text-muted',
        )}
      >
        <Icon aria-hidden className="size-4" />
      </span>
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium">{info.label}</p>
        <p className="text-xs text-muted">
          {streak.last_active_date ? `Last active ${formatDayKey(streak.last_active_date)}` : info.hint}
          {streak.shields_used > 0 && ` · ${streak.shields_used} shield${streak.shields_used === 1 ? '' : 's'} used`}
        </p>
      </div>
      <div className="text-right">
        <p className="flex items-center justify-end gap-1 font-semibold tabular-nums">
          {live && <Flame aria-hidden className="size-4 text-accent-text" />}
          {days(streak.current)}
        </p>
        <p className="text-xs text-muted tabular-nums">Best {days(streak.longest)}</p>
      </div>
    </li>
  );
}

/** Current and longest run of each streak type, counted in the user's days. */
export function StreaksCard() {
  const headingId = useId();
  const streaks = useStreaks();
  let body: React.ReactNode;
  if (streaks.isPending) body = <ListSkeleton rows={4} />;
  else if (streaks.isError)
    body = <ErrorState error={streaks.error} onRetry={() => void streaks.refetch()} retrying={streaks.isFetching} />;
  else if (streaks.data.every((s) => s.longest === 0))
    body = (
      <p className="py-6 text-center text-sm text-muted">
        No streaks yet. Do one thing today and tomorrow will have something to build on.
      </p>
    );
  else
    body = (
      <ul className="divide-y divide-line" aria-labelledby={headingId}>
        {streaks.data.map((s) => (
          <StreakRow key={s.type} streak={s} />
        ))}
      </ul>
    );
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Streaks" description="Consecutive days. A missed day is just a missed day." />
      <CardBody>{body}</CardBody>
    </Card>
  );
}
