import type { z } from 'zod';
import type { verifyAgeBody } from '#common/contracts/auth';
import { api } from '@/lib/api-client';
import type { SessionState } from '@/lib/auth';

/** POST /api/auth/verify-age. */
export const verifyAge = (body: z.input<typeof verifyAgeBody>) => api.post<SessionState>('/auth/verify-age', body);
