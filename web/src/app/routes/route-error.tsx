import { useQueryClient } from '@tanstack/react-query';
import { RefreshCw } from 'lucide-react';
import { isRouteErrorResponse, useLocation, useNavigate, useRouteError } from 'react-router';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';

/** A failed dynamic import: usually a new version was deployed while the tab was open. */
const isChunkLoadError = (error: unknown) =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|Failed to fetch|error loading dynamically/i.test(
    error.message,
  );

/**
 * The error boundary of every route: the rest of the app stays usable, and "Try again"
 * refetches what failed and renders the page afresh.
 */
export function RouteError() {
  const error = useRouteError();
  const navigate = useNavigate();
  const location = useLocation();
  const client = useQueryClient();

  if (isChunkLoadError(error)) {
    return (
      <div className="mx-auto w-full max-w-xl px-4 py-12">
        <div
          role="alert"
          className="flex flex-col items-center gap-3 rounded-xl border border-line bg-surface p-8 text-center"
        >
          <p className="font-medium">This page could not be loaded</p>
          <p className="text-sm text-muted">Cadence may have been updated. Reloading fetches the latest version.</p>
          <Button variant="primary" onClick={() => window.location.reload()}>
            <RefreshCw aria-hidden className="size-4" />
            Reload
          </Button>
        </div>
      </div>
    );
  }

  const retry = async () => {
    await client.resetQueries({ predicate: (q) => q.state.status === 'error' });
    // A navigation to the same place clears the route's error and renders it again.
    navigate(`${location.pathname}${location.search}${location.hash}`, { replace: true });
  };

  const message = isRouteErrorResponse(error) ? new Error(error.statusText || `Error ${error.status}`) : error;
  return (
    <div className="mx-auto w-full max-w-xl px-4 py-12">
      <ErrorState title="This page ran into a problem" error={message} onRetry={() => void retry()} />
    </div>
  );
}
