import { ShieldAlert } from 'lucide-react';
import { useEffect } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '#common/permissions';
import { buttonClass } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { forgetSignOut, hasPermission, needsTerms, signedOutOnPurpose, useSession } from '@/lib/auth';
import { HOME_PATH, signInPath } from '@/lib/redirect';
import { RootSkeleton } from './routes/root-skeleton';

/** Lets only signed-in users who accepted the terms through; others go to sign-in or terms. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;
  const signedIn = Boolean(session.data?.user);
  useEffect(() => {
    if (signedIn) forgetSignOut();
  }, [signedIn]);

  if (session.isPending) return <RootSkeleton />;
  if (session.isError) {
    return (
      <main className="mx-auto max-w-md px-4 py-24">
        <ErrorState
          title="Cadence cannot reach its server"
          error={session.error}
          onRetry={() => void session.refetch()}
          retrying={session.isFetching}
        />
      </main>
    );
  }
  if (!session.data.user) {
    // After an expired session, come back here once signed in; after signing out, start fresh.
    return <Navigate to={signedOutOnPurpose() ? '/sign-in' : signInPath(here)} replace />;
  }
  if (needsTerms(session.data)) {
    return <Navigate to={`/terms?redirect=${encodeURIComponent(here)}`} replace />;
  }
  return <Outlet />;
}

/** Shows the child route only to users with `permission` (or any one of a list). */
export function RequirePermission({ permission }: { permission: Permission | readonly Permission[] }) {
  const { data } = useSession();
  if (hasPermission(data?.user, permission)) return <Outlet />;
  return (
    <div className="mx-auto w-full max-w-xl">
      <PageHeader title="Not available" />
      <div className="flex flex-col items-center gap-4 rounded-xl border border-line bg-surface p-10 text-center">
        <ShieldAlert aria-hidden className="size-8 text-muted" />
        <p className="text-muted">This part of Cadence is for administrators of this instance.</p>
        <Link to={HOME_PATH} className={buttonClass('secondary')}>
          Back to Today
        </Link>
      </div>
    </div>
  );
}
