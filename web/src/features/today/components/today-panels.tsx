import { BookOpen, Coins, Dumbbell, Flame, History, Inbox, Repeat, Swords, Trophy } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { TodayWire } from '../api/types';

/** Level, XP bar, coins and streak at a glance. */
export function ProgressStrip({ progress }: { progress: TodayWire['progress'] }) {
  const next = progress.level + 1;
  return (
    <Card aria-labelledby="progress-heading">
      <CardBody className="grid gap-3">
        <h2 id="progress-heading" className="sr-only">
          Your progress
        </h2>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
          <span className="font-semibold text-fg">Level {progress.level}</span>
          <span className="flex items-center gap-1.5 text-muted">
            <Coins aria-hidden className="size-4" />
            {progress.coins} coins
          </span>
          <span className="flex items-center gap-1.5 text-muted">
            <Flame aria-hidden className="size-4" />
            {progress.daily_streak}-day streak
          </span>
          <Link to="/progress" className="ml-auto text-sm font-medium text-accent-text hover:underline">
            Progress
          </Link>
        </div>
        <ProgressBar
          value={progress.xp_into_level}
          max={progress.xp_for_next_level}
          label={`XP to level ${next}`}
          valueText={`${progress.xp_into_level} of ${progress.xp_for_next_level} XP`}
        />
      </CardBody>
    </Card>
  );
}

function Pick({ to, icon, label, count }: { to: string; icon: ReactNode; label: string; count: number }) {
  return (
    <li>
      <Link
        to={to}
        className="flex items-center gap-3 rounded-lg border border-line px-3 py-2.5 text-sm text-fg hover:bg-subtle"
      >
        {icon}
        <span className="min-w-0 flex-1">{label}</span>
        <span className="rounded-full bg-subtle px-2 py-0.5 text-xs font-semibold tabular-nums">{count}</span>
      </Link>
    </li>
  );
}

/** Where things wait, with counts; in reduced mode only what has something waiting. */
export function QuickPicks({ picks, reduced }: { picks: TodayWire['quick_picks']; reduced: boolean }) {
  const all = [
    { to: '/habits', label: 'Habits due', count: picks.habits_due, icon: <Repeat aria-hidden className="size-4" /> },
    {
      to: '/quests',
      label: 'Quests to claim',
      count: picks.quests_claimable,
      icon: <Swords aria-hidden className="size-4" />,
    },
    {
      to: '/inbox',
      label: 'Unread in inbox',
      count: picks.inbox_unread,
      icon: <Inbox aria-hidden className="size-4" />,
    },
    {
      to: '/learn/review',
      label: 'Reviews due',
      count: picks.reviews_due,
      icon: <History aria-hidden className="size-4" />,
    },
  ];
  const shown = reduced ? all.filter((p) => p.count > 0) : all;
  if (shown.length === 0) return null;
  return (
    <Card aria-labelledby="picks-heading">
      <CardHeader id="picks-heading" title="Quick picks" />
      <CardBody>
        <ul className="grid gap-2">
          {shown.map((p) => (
            <Pick key={p.to} {...p} />
          ))}
        </ul>
      </CardBody>
    </Card>
  );
}

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { weekday: 'short', hour: 'numeric', minute: '2-digit' });

/** The most recent activity, to pick up where the user left off. */
export function ResumeLast({ last }: { last: TodayWire['resume_last'] }) {
  if (!last) return null;
  return (
    <Card aria-labelledby="resume-heading">
      <CardHeader id="resume-heading" title="Pick up where you left off" />
      <CardBody>
        <Link to={last.href} className="text-sm font-medium text-accent-text hover:underline">
          {last.title}
        </Link>
        <p className="text-xs text-muted">{when(last.occurred_at)}</p>
      </CardBody>
    </Card>
  );
}

/** Today's workout of the active training program, while it is not done. */
export function ScheduledWorkout({ workout }: { workout: TodayWire['scheduled_workout'] }) {
  if (!workout) return null;
  return (
    <Card aria-labelledby="workout-heading">
      <CardHeader id="workout-heading" title="Today’s workout" />
      <CardBody>
        <Link to="/exercise" className="flex items-center gap-2 text-sm font-medium text-accent-text hover:underline">
          <Dumbbell aria-hidden className="size-4 shrink-0" />
          {workout.name}
        </Link>
      </CardBody>
    </Card>
  );
}

/** The book being read, a tap away from logging more of it. */
export function CurrentBook({ book }: { book: TodayWire['current_book'] }) {
  if (!book) return null;
  return (
    <Card aria-labelledby="reading-heading">
      <CardHeader id="reading-heading" title="Reading" />
      <CardBody className="grid gap-2">
        <Link
          to={`/books/${book.id}`}
          className="flex items-center gap-2 text-sm font-medium text-accent-text hover:underline"
        >
          <BookOpen aria-hidden className="size-4 shrink-0" />
          {book.title}
        </Link>
        {book.author && <p className="text-xs text-muted">{book.author}</p>}
        {book.total_pages ? (
          <ProgressBar
            size="sm"
            value={book.current_page}
            max={book.total_pages}
            label={`Pages read of ${book.title}`}
            valueText={`Page ${book.current_page} of ${book.total_pages}`}
          />
        ) : (
          <p className="text-xs text-muted">Page {book.current_page}</p>
        )}
      </CardBody>
    </Card>
  );
}

/** The nearest achievement, with its progress. */
export function AchievementTeaser({ teaser }: { teaser: TodayWire['teaser'] }) {
  const a = teaser?.achievement;
  if (!a) return null;
  return (
    <Card aria-labelledby="teaser-heading">
      <CardHeader id="teaser-heading" title="Almost there" />
      <CardBody className="grid gap-2">
        <p className="flex items-center gap-2 text-sm font-medium text-fg">
          <Trophy aria-hidden className="size-4 text-accent" />
          {a.name}
        </p>
        <ProgressBar
          size="sm"
          value={a.progress}
          max={a.target}
          label={`Progress towards ${a.name}`}
          valueText={teaser?.label ?? undefined}
        />
        {teaser?.label && <p className="text-xs text-muted">{teaser.label}</p>}
      </CardBody>
    </Card>
  );
}
