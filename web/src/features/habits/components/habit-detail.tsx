import { Archive, Flame, Pencil, Trash2, Trophy } from 'lucide-react';
import { useId } from 'react';
import { HeatMap } from '@/components/charts/heat-map';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useHabitHistory } from '../api/get-habit-history';
import type { HabitWire } from '../api/types';
import { heatDays } from '../utils/heat';
import { describeSchedule } from '../utils/schedule';

interface HabitDetailProps {
  habit: HabitWire;
  headingRef?: React.Ref<HTMLHeadingElement>;
  onEdit: () => void;
  onArchive: () => void;
  onDelete: () => void;
  archiving: boolean;
}

/** How established a habit is, as a word. */
export function strengthWord(strength: number): string {
  if (strength >= 80) return 'Rock solid';
  if (strength >= 60) return 'Strong';
  if (strength >= 35) return 'Growing';
  if (strength > 0) return 'Just started';
  return 'Not started';
}

function Stat({ icon, label, value }: { icon: React.ReactNode; label: string; value: string }) {
  return (
    <div className="flex items-center gap-3 rounded-lg bg-subtle px-3 py-2.5">
      {icon}
      <dl>
        <dt className="text-xs text-muted">{label}</dt>
        <dd className="font-semibold tabular-nums">{value}</dd>
      </dl>
    </div>
  );
}

/** One habit in depth: strength, streaks, a year of days, and edit / archive / delete. */
export function HabitDetail({ habit, headingRef, onEdit, onArchive, onDelete, archiving }: HabitDetailProps) {
  const headingId = useId();
  const history = useHabitHistory(habit.id);
  const strength = Math.round(habit.strength);
  const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;
  const streak = (n: number) => (habit.streak_unit === 'weeks' ? `${n} ${n === 1 ? 'week' : 'weeks'}` : days(n));

  let year: React.ReactNode;
  if (history.isPending) year = <Skeleton className="h-32" />;
  else if (history.isError)
    year = (
      <ErrorState
        title="The year could not be loaded"
        error={history.error}
        onRetry={() => void history.refetch()}
        retrying={history.isFetching}
      />
    );
  else {
    const { map, done } = heatDays(history.data.days);
    year = (
      <HeatMap
        end={history.data.to}
        days={map}
        title={`${habit.name}: the last year`}
        summary={`${habit.name} was done on ${days(done)} in the last year.`}
      />
    );
  }

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader
        id={headingId}
        title={
          <span ref={headingRef} tabIndex={-1} className="outline-none">
            {habit.name}
          </span>
        }
        description={describeSchedule(habit)}
        action={
          <div className="flex flex-wrap gap-1.5">
            <Button size="sm" onClick={onEdit}>
              <Pencil aria-hidden className="size-4" />
              Edit
            </Button>
            <Button size="sm" onClick={onArchive} loading={archiving}>
              {!archiving && <Archive aria-hidden className="size-4" />}
              Archive
            </Button>
            <Button size="sm" variant="ghost" onClick={onDelete} aria-label={`Delete ${habit.name}`}>
              <Trash2 aria-hidden className="size-4" />
            </Button>
          </div>
        }
      />
      <CardBody className="grid gap-5">
        {habit.description && <p className="text-sm text-muted">{habit.description}</p>}
        {habit.schedule_type === 'times_per_week' && (
          <p className="text-sm">
            This week: {habit.completed_this_week} of {habit.times_per_week ?? 1}
          </p>
        )}
        <div className="grid gap-1.5">
          <div className="flex items-baseline justify-between text-sm">
            <span className="font-medium">Strength</span>
            <span className="text-muted">
              {strengthWord(strength)} · {strength}%
            </span>
          </div>
          {/* biome-ignore lint/a11y/useSemanticElements: a native <meter> cannot be styled alike in every browser */}
          <div
            role="meter"
            aria-label="Habit strength"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={strength}
            aria-valuetext={`${strength}%, ${strengthWord(strength).toLowerCase()}`}
            className="h-2 overflow-hidden rounded-full bg-subtle"
          >
            <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${strength}%` }} />
          </div>
        </div>
        <div className="grid grid-cols-2 gap-2">
          <Stat
            icon={<Flame aria-hidden className="size-5 text-accent-text" />}
            label="Current streak"
            value={streak(habit.current_streak)}
          />
          <Stat
            icon={<Trophy aria-hidden className="size-5 text-accent-text" />}
            label="Longest streak"
            value={streak(habit.longest_streak)}
          />
        </div>
        {year}
      </CardBody>
    </Card>
  );
}
