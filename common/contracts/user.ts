import { z } from 'zod';
import { timestamp } from './base';
import { text } from './text';

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** An IANA time zone name the runtime knows. */
export const timeZone = text(64, { trim: false }).min(1).refine(isTimeZone, 'Unknown time zone');

export const profile = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  image: z.string().nullable(),
  timezone: z.string(),
  day_start_hour: z.number().int(),
  age_verified: z.boolean(),
  tos_version: z.string().nullable(),
  tos_accepted_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});

export const updateProfileBody = z.strictObject({
  name: text(100).min(1).optional(),
  image: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional(),
  timezone: timeZone.optional(),
  day_start_hour: z.number().int().min(0).max(23).optional(),
});

export const userSession = z.object({
  id: z.uuid(),
  created_at: timestamp,
  last_activity_at: timestamp,
  expires_at: timestamp,
  user_agent: z.string().nullable(),
  ip_address: z.string().nullable(),
  current: z.boolean(),
});

/** The data export document (`GET /api/user/export`), streamed as one JSON file. */
export const exportDocument = z.object({
  format: z.literal('cadence-export'),
  version: z.literal(1),
  exported_at: z.string(),
  user: z.record(z.string(), z.unknown()),
  /** Columns left out of each table because they hold secrets. */
  redacted_columns: z.record(z.string(), z.array(z.string())),
  /** Every row the user owns, by table. */
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  blobs: z.array(z.object({ key: z.string(), size: z.number().int() })),
});
