import { MutationCache, notifyManager, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

// TanStack Query tells components about a cache change on a later task (`setTimeout(0)`) by
// default. A controlled checkbox is put back by React right after the click, so it would show
// its old state until then; telling them in a microtask re-renders before the browser paints or
// reads anything, and an optimistic change (lib/optimistic.ts) shows in the click's own task.
notifyManager.setScheduler((callback) => queueMicrotask(callback));

/** Codes that retrying cannot fix. */
const FINAL = new Set([
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'terms_required',
  'not_found',
  'validation_error',
  'bad_request',
  'conflict',
]);

type AuthFailureHandler = (code: 'unauthenticated' | 'terms_required') => void;
let onAuthFailure: AuthFailureHandler = () => {};

/** lib/auth registers how a 401 or `terms_required` anywhere updates the session. */
export function setAuthFailureHandler(handler: AuthFailureHandler): void {
  onAuthFailure = handler;
}

function handleError(error: unknown): void {
  if (!isApiError(error)) return;
  if (error.code === 'unauthenticated' || error.code === 'terms_required') onAuthFailure(error.code);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => !(isApiError(error) && FINAL.has(error.code)) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}

export const queryClient = createQueryClient();
