import type { z } from 'zod';

/**
 * A form's limits, read from the same zod schemas the API validates with (common/contracts), so
 * a field never allows less, or more, than the server. Each throws when the schema sets no such
 * limit, so a form reading the wrong field fails its first render rather than losing its limit.
 */

interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

/** The schema a value is checked by, inside optional/nullable/default wrappers and pipes. */
function core(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current.def as Def;
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

function limit(value: number | null | undefined, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`The schema sets no ${what}`);
  return value;
}

/** The most characters a string schema accepts (`.max(n)`), for an input's `maxLength`. */
export const maxLengthOf = (schema: z.ZodType): number =>
  limit((core(schema) as z.ZodString).maxLength, 'maximum length');

/** The largest number a number schema accepts (`.max(n)`). */
export const maxOf = (schema: z.ZodType): number => limit((core(schema) as z.ZodNumber).maxValue, 'maximum');

/** The smallest number a number schema accepts (`.min(n)`). */
export const minOf = (schema: z.ZodType): number => limit((core(schema) as z.ZodNumber).minValue, 'minimum');
