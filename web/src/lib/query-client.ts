import { type Mutation, MutationCache, notifyManager, QueryCache, QueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { errorMessage, isApiError } from './api-client';

/**
 * What a mutation says when it fails. By default a toast with the API's message; `errorToast`
 * in the mutation's `meta` gives another message (or a function of the error), or `false` when
 * the page shows the error itself (beside a form field, in a dialog).
 */
export interface MutationMeta extends Record<string, unknown> {
  errorToast?: false | string | ((error: unknown) => string);
}

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: MutationMeta;
  }
}

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

/** The one default for a failed mutation: say why in a toast, unless the mutation opted out. */
function toastMutationError(error: unknown, mutation: Mutation<unknown, unknown, unknown, unknown>): void {
  const errorToast = mutation.meta?.errorToast;
  if (errorToast === false) return;
  toast.error(
    typeof errorToast === 'string'
      ? errorToast
      : typeof errorToast === 'function'
        ? errorToast(error)
        : errorMessage(error),
  );
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    // Only onError here: an `onMutate` on the cache would be awaited before the mutation's own,
    // and an optimistic change would no longer show in the click's own task (lib/optimistic.ts).
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        handleError(error);
        toastMutationError(error, mutation);
      },
    }),
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
