import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { useGeneratePlan } from '../api/generate-plan';
import { useToday } from '../api/get-today';
import { focusStartMinutes, useStartFocusBlock } from '../api/start-focus-block';
import type { StarterWire, TodayWire } from '../api/types';
import { PlanChecklist } from '../components/plan-checklist';
import { StarterCard } from '../components/starter-card';
import {
  AchievementTeaser,
  CurrentBook,
  ProgressStrip,
  QuickPicks,
  ResumeLast,
  ScheduledWorkout,
} from '../components/today-panels';

const greetings: Record<TodayWire['greeting']['part_of_day'], string> = {
  morning: 'Good morning',
  afternoon: 'Good afternoon',
  evening: 'Good evening',
  night: 'Good night',
};

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

function longDate(date: string): string {
  // Noon UTC keeps the calendar date whatever the browser's zone.
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(undefined, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

function Banner({ flags }: { flags: TodayWire['flags'] }) {
  if (flags.onboarding_pending) {
    return (
      <p className="rounded-lg border border-line bg-surface px-4 py-3 text-sm text-fg">
        A few questions make Today fit you better.{' '}
        <Link to="/onboarding" className="font-medium text-accent-text hover:underline">
          Set up Cadence
        </Link>
      </p>
    );
  }
  if (flags.returning) {
    return (
      <p className="rounded-lg border border-line bg-surface px-4 py-3 text-sm text-fg">
        Welcome back. No catching up needed: one small step is enough for today.
      </p>
    );
  }
  if (flags.first_day) {
    return (
      <p className="rounded-lg border border-line bg-surface px-4 py-3 text-sm text-fg">
        Welcome to your first day. Start with the one thing below.
      </p>
    );
  }
  return null;
}

function TodaySkeleton() {
  return (
    <div role="status" aria-label="Loading today" className="grid gap-6">
      <Skeleton className="h-28 w-full" />
      <Skeleton className="h-16 w-full" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Skeleton className="h-64 w-full" />
        <Skeleton className="h-64 w-full" />
      </div>
    </div>
  );
}

/** The home screen: one next step, the day's plan, progress and what waits elsewhere. */
export function TodayPage() {
  const today = useToday();
  const navigate = useNavigate();
  const startFocus = useStartFocusBlock();
  const generate = useGeneratePlan();
  const [startError, setStartError] = useState<string | null>(null);

  const startFocusBlock = (minutes: number, label?: string) => {
    setStartError(null);
    startFocus.mutate(
      { minutes, label },
      { onSuccess: () => navigate('/focus'), onError: (e) => setStartError(errorMessage(e)) },
    );
  };

  const follow = (starter: StarterWire) => {
    const minutes = focusStartMinutes(starter.href);
    if (minutes !== null) return startFocusBlock(minutes, starter.tier === 'plan' ? starter.title : undefined);
    if (starter.kind === 'generate_plan' && today.data) {
      setStartError(null);
      return generate.mutate(today.data.date, { onError: (e) => setStartError(errorMessage(e)) });
    }
    navigate(starter.href);
  };

  const data = today.data;
  const greeting = data && `${greetings[data.greeting.part_of_day]}, ${firstName(data.greeting.name)}.`;
  return (
    <div className="mx-auto w-full max-w-5xl">
      <PageHeader
        title="Today"
        description={
          data ? (
            <>
              <span className="font-medium text-fg" data-testid="greeting">
                {greeting}
              </span>{' '}
              {longDate(data.date)}
            </>
          ) : undefined
        }
      />
      {today.isPending ? (
        <TodaySkeleton />
      ) : today.isError || !data ? (
        <ErrorState error={today.error} onRetry={() => today.refetch()} retrying={today.isFetching} />
      ) : (
        <div className="grid gap-6">
          <Banner flags={data.flags} />
          <StarterCard
            starter={data.starter}
            onStart={follow}
            busy={startFocus.isPending || generate.isPending}
            error={startError}
          />
          <ProgressStrip progress={data.progress} />
          <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <PlanChecklist date={data.date} onStartFocus={(m, label) => startFocusBlock(m, label)} />
            <div className="grid content-start gap-6">
              <QuickPicks picks={data.quick_picks} reduced={data.flags.reduced_mode} />
              <ResumeLast last={data.resume_last} />
              <ScheduledWorkout workout={data.scheduled_workout} />
              <CurrentBook book={data.current_book} />
              <AchievementTeaser teaser={data.teaser} />
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
