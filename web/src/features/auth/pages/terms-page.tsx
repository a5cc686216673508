import { type FormEvent, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { errorMessage } from '@/lib/api-client';
import { needsTerms, useSession, useSignOut } from '@/lib/auth';
import { safeRedirect, signInPath } from '@/lib/redirect';
import { useCompleteTerms } from '../api/complete-terms';
import { AuthShell } from '../components/auth-shell';
import { TermsText } from '../components/terms-text';

const checkboxClass = 'mt-0.5 size-4 shrink-0 rounded border-line-strong accent-[var(--c-accent)]';

/** The gate before the app: accept the current terms and confirm the age rule. */
export function TermsPage() {
  const [params] = useSearchParams();
  const redirect = safeRedirect(params.get('redirect'));
  const session = useSession();
  const complete = useCompleteTerms();
  const signOut = useSignOut();
  const [accepted, setAccepted] = useState(false);
  const [oldEnough, setOldEnough] = useState(false);

  if (session.isPending) {
    return (
      <AuthShell title="Before you begin">
        <div role="status" aria-label="Loading" className="space-y-3">
          <Skeleton className="h-40" />
          <Skeleton className="h-10" />
        </div>
      </AuthShell>
    );
  }
  if (session.isError) {
    return (
      <AuthShell title="Before you begin">
        <ErrorState error={session.error} onRetry={() => void session.refetch()} retrying={session.isFetching} />
      </AuthShell>
    );
  }
  const state = session.data;
  if (!state.user) return <Navigate to={signInPath(redirect)} replace />;
  if (!needsTerms(state)) return <Navigate to={redirect} replace />;

  const needTerms = !state.terms_accepted;
  const needAge = !state.age_verified;
  const ready = (!needTerms || accepted) && (!needAge || oldEnough);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ready) complete.mutate(state);
  };

  return (
    <AuthShell
      title={needTerms ? 'Before you begin' : 'One more thing'}
      description={
        needTerms ? `Welcome, ${state.user.name}. Please read and accept the terms of use.` : 'Please confirm your age.'
      }
    >
      <form onSubmit={submit} className="grid gap-5">
        {needTerms && (
          <section
            // A focusable scroll region, so keyboard users can read the whole text.
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
            tabIndex={0}
            aria-label="Terms of use"
            className="max-h-72 overflow-y-auto rounded-lg border border-line bg-canvas p-4"
          >
            <TermsText version={state.terms_version} />
          </section>
        )}
        <div className="grid gap-3">
          {needTerms && (
            <label className="flex gap-3 text-sm">
              <input
                type="checkbox"
                className={checkboxClass}
                checked={accepted}
                onChange={(e) => setAccepted(e.target.checked)}
              />
              <span>I have read and accept the terms of use.</span>
            </label>
          )}
          {needAge && (
            <label className="flex gap-3 text-sm">
              <input
                type="checkbox"
                className={checkboxClass}
                checked={oldEnough}
                onChange={(e) => setOldEnough(e.target.checked)}
              />
              <span>I am 13 years old or older.</span>
            </label>
          )}
        </div>
        {complete.error && (
          <p role="alert" className="text-sm text-danger">
            {errorMessage(complete.error)}
          </p>
        )}
        <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
          <Button variant="ghost" onClick={() => signOut.mutate()} loading={signOut.isPending}>
            Sign out
          </Button>
          <Button type="submit" variant="primary" disabled={!ready} loading={complete.isPending}>
            Agree and continue
          </Button>
        </div>
      </form>
    </AuthShell>
  );
}
