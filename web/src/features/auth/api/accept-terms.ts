import type { z } from 'zod';
import type { acceptTermsBody } from '#common/contracts/auth';
import { api } from '@/lib/api-client';
import type { SessionState } from '@/lib/auth';

/** POST /api/auth/accept-terms with the version the user read. */
export const acceptTerms = (body: z.input<typeof acceptTermsBody>) =>
  api.post<SessionState>('/auth/accept-terms', body);
