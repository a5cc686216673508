import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

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
