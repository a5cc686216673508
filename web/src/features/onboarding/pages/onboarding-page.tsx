import { useRef, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { toast } from 'sonner';
import { dayKey } from '#common/time/day';
import { Button, buttonClass } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { useUser } from '@/lib/auth';
import { onboardingPending } from '@/lib/onboarding';
import { HOME_PATH, safeRedirect } from '@/lib/redirect';
import { useAnswerStep } from '../api/answer-step';
import { useOnboarding } from '../api/get-onboarding';
import { useSkipOnboarding } from '../api/skip-onboarding';
import { useStartOnboarding } from '../api/start-onboarding';
import { GoalStep } from '../components/goal-step';
import { InterestsStep } from '../components/interests-step';
import { OnboardingShell } from '../components/onboarding-shell';
import { TourStep } from '../components/tour-step';
import { type Step, stepConfig } from '../utils/steps';

/**
 * The first-run flow: welcome, interests, a first goal, a short tour, done. The server keeps the
 * place; Back only shows an earlier step again (answering it there changes that answer). When
 * the flow is finished or skipped, the page hands over to where the user was going (Today).
 */
export function OnboardingPage() {
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));
  const user = useUser();
  const onboarding = useOnboarding();
  const start = useStartOnboarding();
  const answer = useAnswerStep();
  const skip = useSkipOnboarding();
  const [viewing, setViewing] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  if (onboarding.isPending) {
    return (
      <OnboardingShell title="Getting started">
        <div role="status" aria-label="Loading" className="grid gap-3">
          <Skeleton className="h-5 w-3/4" />
          <Skeleton className="h-24" />
          <Skeleton className="h-11 w-32" />
        </div>
      </OnboardingShell>
    );
  }
  if (onboarding.isError) {
    return (
      <OnboardingShell title="Getting started">
        <div className="grid gap-4">
          <ErrorState
            title="Onboarding could not be loaded"
            error={onboarding.error}
            onRetry={() => void onboarding.refetch()}
            retrying={onboarding.isFetching}
          />
          <Link to={redirect} className={buttonClass('secondary', 'md', 'justify-self-center')}>
            Continue to Cadence
          </Link>
        </div>
      </OnboardingShell>
    );
  }

  const view = onboarding.data;
  if (!onboardingPending(view)) return <Navigate to={redirect} replace />;

  const steps = view.steps as Step[];
  const currentIndex = Math.max(
    0,
    view.status === 'in_progress' ? steps.findIndex((s) => s.id === view.current_step_id) : 0,
  );
  const viewingIndex = viewing ? steps.findIndex((s) => s.id === viewing) : -1;
  const index = viewingIndex >= 0 && viewingIndex < currentIndex ? viewingIndex : currentIndex;
  const step = steps[index];
  if (!step) return <Navigate to={redirect} replace />;
  const answerOf = (s: Step) => view.answers.find((a) => a.step_id === s.id)?.response;
  const busy = start.isPending || answer.isPending || skip.isPending;

  /** After acting on a step shown again with Back, show the one after it; otherwise follow the server. */
  const moveOn = () => setViewing(index < currentIndex - 1 ? (steps[index + 1]?.id ?? null) : null);
  const submit = (response: Record<string, unknown> = {}) =>
    answer.mutate({ step_id: step.id, response }, { onSuccess: moveOn });
  // A promise, not a mutate callback: skipping leaves this page, which would drop the callback.
  const skipAll = () =>
    skip
      .mutateAsync(undefined)
      .then(() => toast.success('Skipped. You can go through it again from Settings.'))
      .catch(() => {});
  const serverError = answer.isError ? errorMessage(answer.error) : null;
  const config = stepConfig(step);

  let content: React.ReactNode;
  if (view.status === 'not_started') {
    content = (
      <Button
        variant="primary"
        size="lg"
        loading={busy}
        onClick={() =>
          start.mutate(undefined, {
            // The welcome step has nothing to answer: starting moves past it.
            onSuccess: (started) => answer.mutate({ step_id: started.steps[0]?.id, response: {} }),
          })
        }
      >
        Get started
      </Button>
    );
  } else if (step.step_type === 'multi_select') {
    const previous = answerOf(step)?.selected;
    content = (
      <InterestsStep
        key={step.id}
        legend={step.title}
        options={config.options}
        min={config.min}
        initial={Array.isArray(previous) ? (previous as string[]) : []}
        saving={answer.isPending}
        serverError={serverError}
        onSubmit={(selected) => submit({ selected })}
      />
    );
  } else if (step.step_type === 'form') {
    content = (
      <GoalStep
        key={step.id}
        initial={answerOf(step) as { title?: string; target_date?: string; goal_id?: string } | undefined}
        today={dayKey(new Date(), user.timezone, user.day_start_hour)}
        saving={answer.isPending}
        skipping={skip.isPending}
        serverError={serverError}
        onSubmit={(values) => submit({ ...values })}
        onNotNow={() => (index < currentIndex ? moveOn() : skip.mutate(step.id, { onSuccess: moveOn }))}
        onContinue={moveOn}
      />
    );
  } else {
    const last = step.step_type === 'completion';
    // These steps have no field of their own: a refused answer is said under the button.
    content = (
      <>
        {step.step_type === 'tour' ? (
          <TourStep stops={config.stops} saving={answer.isPending} onContinue={() => submit()} />
        ) : (
          <Button variant="primary" size="lg" loading={answer.isPending} onClick={() => submit()}>
            {last ? (redirect === HOME_PATH ? 'Go to Today' : 'Open Cadence') : 'Continue'}
          </Button>
        )}
        {serverError && (
          <p role="alert" className="mt-3 text-sm font-medium text-danger">
            {serverError}
          </p>
        )}
      </>
    );
  }

  return (
    <OnboardingShell
      title={step.title}
      body={step.body}
      position={{ n: index + 1, of: steps.length }}
      headingRef={heading}
      onSkip={skipAll}
      skipping={skip.isPending && !skip.variables}
      footer={
        index > 0 && view.status === 'in_progress' ? (
          <Button variant="ghost" disabled={busy} onClick={() => setViewing(steps[index - 1]?.id ?? null)}>
            Back
          </Button>
        ) : undefined
      }
    >
      {content}
    </OnboardingShell>
  );
}
