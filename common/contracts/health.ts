import { z } from 'zod';
import { timestamp } from './base';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ status: z.enum(['ok', 'unreachable']), driver: z.enum(['pglite', 'postgres']) }),
  migration: z.object({ version: z.string().nullable(), pending: z.number().int() }).nullable(),
  version: z.string(),
  time: timestamp,
});
