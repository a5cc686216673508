import { type ReactNode, type RefObject, useEffect } from 'react';
import { Button } from '@/components/ui/button';
import { Logo } from '@/components/ui/logo';
import { useDocumentTitle } from '@/components/ui/page-header';
import { ProgressBar } from '@/components/ui/progress-bar';

interface OnboardingShellProps {
  title: string;
  body?: string;
  /** 1-based position and total, for the progress bar; omitted while loading. */
  position?: { n: number; of: number };
  headingRef?: RefObject<HTMLHeadingElement | null>;
  onSkip?: () => void;
  skipping?: boolean;
  children: ReactNode;
  footer?: ReactNode;
}

/** The calm, full-screen frame of the first-run flow: progress, one step, and a way out. */
export function OnboardingShell({
  title,
  body,
  position,
  headingRef,
  onSkip,
  skipping,
  children,
  footer,
}: OnboardingShellProps) {
  useDocumentTitle(title);
  // Each step's heading takes focus, so a screen reader hears the new step.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new title means a new step, which takes focus
  useEffect(() => {
    headingRef?.current?.focus();
  }, [headingRef, title]);
  return (
    <div className="flex min-h-dvh flex-col bg-canvas px-4 py-6 text-fg sm:py-10">
      <main id="main" className="mx-auto flex w-full max-w-xl flex-1 flex-col">
        <div className="mb-6 flex items-center justify-between gap-3">
          <Logo className="size-9" />
          {onSkip && (
            <Button variant="ghost" size="sm" onClick={onSkip} loading={skipping}>
              Skip for now
            </Button>
          )}
        </div>
        {position && (
          <div className="mb-6 grid gap-2">
            <p className="text-sm text-muted">
              Step {position.n} of {position.of}
            </p>
            <ProgressBar
              label="Getting started"
              value={position.n}
              max={position.of}
              valueText={`Step ${position.n} of ${position.of}`}
              size="sm"
            />
          </div>
        )}
        <section
          aria-labelledby="onboarding-step-title"
          className="rounded-2xl border border-line bg-surface p-6 shadow-sm sm:p-8"
        >
          <h1
            id="onboarding-step-title"
            ref={headingRef}
            tabIndex={-1}
            className="text-2xl font-semibold tracking-tight outline-none"
          >
            {title}
          </h1>
          {body && <p className="mt-2 text-[15px] text-muted">{body}</p>}
          <div className="mt-6">{children}</div>
        </section>
        {footer && <div className="mt-4 flex items-center justify-between gap-3">{footer}</div>}
      </main>
    </div>
  );
}
