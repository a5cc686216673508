import { z } from 'zod';
import { text } from './text';

/**
 * The years a date or timestamp in a request may name (SPEC §2: dates have sane ranges). Wider
 * years buy nothing a person plans for and make every loop over a range of dates (recurrences,
 * calendar exports, statistics) reach across millennia.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;
/** The first and last calendar days a request may name (`YYYY-MM-DD`), e.g. for a date input's min/max. */
export const FIRST_DAY = `${MIN_YEAR}-01-01`;
export const LAST_DAY = `${MAX_YEAR}-12-31`;
export const YEAR_RANGE_MESSAGE = `Use a date from ${MIN_YEAR} to ${MAX_YEAR}`;

/** Whether an ISO date or date-time string (as written, before any offset) names an allowed year. */
export const inYearRange = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
};

/**
 * The year is checked when a request is read (decoded), not when a response is written: a row
 * stored before the range existed is still answered as it is.
 */
function checkYear<T>(value: string, payload: { issues: z.core.$ZodRawIssue[] }, result: T): T {
  if (!inYearRange(value)) payload.issues.push({ code: 'custom', message: YEAR_RANGE_MESSAGE, input: value });
  return result;
}

/**
 * A point in time: an RFC 3339 string on the wire, a Date in code. Requests decode it,
 * responses encode it, so both sides of the API see the same contract. Years 1900–2199.
 */
export const timestamp = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (s, payload) => checkYear(s, payload, new Date(s)),
  encode: (d) => d.toISOString(),
});

/** A calendar date in the user's own day (`YYYY-MM-DD`), years 1900–2199. */
export const dateKey = z.codec(z.iso.date(), z.string(), {
  decode: (s, payload) => checkYear(s, payload, s),
  encode: (s) => s,
});

export const uuid = z.uuid();
export const idParams = z.object({ id: z.uuid() });

/** Wraps a payload in the success envelope `{ data }`. */
export const envelope = <T extends z.ZodType>(data: T) => z.object({ data });

export const pageInfo = z.object({ limit: z.number().int(), next_cursor: z.string().nullable() });

/** A list response: `{ data: [...], page: { limit, next_cursor } }`. */
export const listEnvelope = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), page: pageInfo });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: text(500, { trim: false }).optional(),
});
export type PageQuery = z.infer<typeof pageQuery>;
