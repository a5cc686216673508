import { type FormEvent, useId, useState } from 'react';
import { BarChart } from '@/components/charts/bar-chart';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ErrorState } from '@/components/ui/error-state';
import { Field, Input } from '@/components/ui/field';
import { ProgressBar } from '@/components/ui/progress-bar';
import { Skeleton } from '@/components/ui/skeleton';
import { formatDayKey } from '@/lib/format';
import { useUpdateSetting } from '@/lib/settings';
import { useBookStats } from '../api/get-stats';
import type { BookStatsWire } from '../api/types';
import { wholeIn } from '../utils';

/** The yearly goal's bounds (the `reading_goal_yearly` setting). */
const GOAL_MAX = 1000;

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg bg-subtle px-3 py-2.5">
      <dt className="text-xs text-muted">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

const weekData = (stats: BookStatsWire) =>
  stats.pages_per_week.map((w) => ({
    key: w.week_start,
    label: formatDayKey(w.week_start, { weekday: undefined, day: 'numeric', month: 'numeric' }),
    longLabel: `Week of ${formatDayKey(w.week_start)}`,
    value: w.pages,
  }));

/** The yearly goal: shown against the books finished, and changed in place. */
function YearGoal({ year }: { year: BookStatsWire['year'] }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(year.goal ? String(year.goal) : '');
  const [error, setError] = useState<string | null>(null);
  const update = useUpdateSetting();
  const save = (e: FormEvent) => {
    e.preventDefault();
    const goal = draft.trim() === '' ? null : wholeIn(draft, 1, GOAL_MAX);
    if (draft.trim() !== '' && goal === null)
      return setError(`Enter a whole number from 1 to ${GOAL_MAX}, or nothing.`);
    setError(null);
    update.mutate({ key: 'reading_goal_yearly', value: goal }, { onSuccess: () => setEditing(false) });
  };
  return (
    <div className="grid gap-2">
      <p className="text-sm">
        {year.goal
          ? `${year.finished} of ${year.goal} books finished in ${year.year}`
          : `${year.finished} ${year.finished === 1 ? 'book' : 'books'} finished in ${year.year}`}
      </p>
      {year.goal ? (
        <ProgressBar value={year.finished} max={year.goal} label={`Reading goal for ${year.year}`} tone="success" />
      ) : null}
      {editing ? (
        <form onSubmit={save} className="flex flex-wrap items-end gap-2" noValidate>
          <Field label="Books this year" error={error} className="w-40">
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                type="number"
                inputMode="numeric"
                min={1}
                max={GOAL_MAX}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
              />
            )}
          </Field>
          <Button type="submit" variant="primary" loading={update.isPending}>
            Save goal
          </Button>
          <Button variant="ghost" onClick={() => setEditing(false)}>
            Cancel
          </Button>
        </form>
      ) : (
        <div>
          <Button size="sm" onClick={() => setEditing(true)}>
            {year.goal ? 'Change goal' : 'Set a yearly goal'}
          </Button>
        </div>
      )}
    </div>
  );
}

/** Pages per week, this week's reading, the streak and the year against its goal. */
export function ReadingStatsCard() {
  const stats = useBookStats();
  const headingId = useId();
  let body: React.ReactNode;
  if (stats.isPending) body = <Skeleton className="h-56" />;
  else if (stats.isError)
    body = <ErrorState error={stats.error} onRetry={() => void stats.refetch()} retrying={stats.isFetching} />;
  else {
    const s = stats.data;
    body = (
      <div className="grid gap-5">
        <dl className="grid grid-cols-3 gap-2">
          <Figure label="Pages this week" value={String(s.this_week.pages)} />
          <Figure label="Minutes this week" value={String(s.this_week.minutes)} />
          <Figure label="Day streak" value={String(s.streak_days)} />
        </dl>
        <BarChart
          data={weekData(s)}
          title="Pages read per week, last 12 weeks"
          categoryLabel="Week"
          valueLabel="Pages"
          formatValue={(n) => `${n} pages`}
          formatTick={String}
          minMax={20}
        />
        <YearGoal key={`${s.year.year}:${s.year.goal}`} year={s.year} />
      </div>
    );
  }
  return (
    <Card aria-labelledby={headingId}>
      <CardHeader id={headingId} title="Reading" description="Pages per week, your streak and this year’s books." />
      <CardBody>{body}</CardBody>
    </Card>
  );
}
