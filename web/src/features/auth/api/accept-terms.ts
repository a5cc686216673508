import type { z } from 'zod';
import type { acceptTermsBody } from '#common/contracts/auth';
import { api } from '@/lib/api-client';

/** POST /api/auth/accept-terms with the version the user read. */
export const acceptTerms = (body: z.input<typeof acceptTermsBody>) => api.post<unknown>('/auth/accept-terms', body);
