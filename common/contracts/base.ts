import { z } from 'zod';

/**
 * A point in time: an RFC 3339 string on the wire, a Date in code. Requests decode it,
 * responses encode it, so both sides of the API see the same contract.
 */
export const timestamp = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (s) => new Date(s),
  encode: (d) => d.toISOString(),
});

/** A calendar date in the user's own day (`YYYY-MM-DD`). */
export const dateKey = z.iso.date();

export const uuid = z.uuid();
export const idParams = z.object({ id: z.uuid() });

/** Wraps a payload in the success envelope `{ data }`. */
export const envelope = <T extends z.ZodType>(data: T) => z.object({ data });

export const pageInfo = z.object({ limit: z.number().int(), next_cursor: z.string().nullable() });

/** A list response: `{ data: [...], page: { limit, next_cursor } }`. */
export const listEnvelope = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), page: pageInfo });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type PageQuery = z.infer<typeof pageQuery>;
