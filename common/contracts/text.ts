import { z } from 'zod';

/**
 * Text a person types (SPEC §2): every string a request carries goes through one of these, so
 * NUL (which PostgreSQL cannot store), other control characters and lone surrogates (which
 * become U+FFFD on the way to the database) are refused at the edge, naming the field.
 * One-line text refuses every control character (C0, DEL, C1); long text (markdown bodies,
 * descriptions, notes) also takes tab, line feed and carriage return.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f]*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
const LONG = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]*$/;

export const CONTROL_CHARACTER = 'Must not contain control characters';
export const LONG_CONTROL_CHARACTER = 'Must not contain control characters other than tab and newline';
export const LONE_SURROGATE = 'Must be valid Unicode text';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const wellFormed = z.refine<string>((value) => !LONE.test(value), LONE_SURROGATE);

/** The checks of one-line text, for a string schema built by hand (e.g. with a custom message). */
export const oneLineChecks = [z.regex(ONE_LINE, CONTROL_CHARACTER), wellFormed] as const;
/** The checks of long text (tab and newline allowed). */
export const longTextChecks = [z.regex(LONG, LONG_CONTROL_CHARACTER), wellFormed] as const;

interface TextOptions {
  /** Strip surrounding white space before the checks (the default); off for tokens and markdown. */
  trim?: boolean;
}

/** One line of text of at most `max` characters, trimmed unless `trim: false`. Chain `.min(1)` to require it. */
export const text = (max: number, { trim = true }: TextOptions = {}) =>
  (trim ? z.string().trim() : z.string()).max(max).check(...oneLineChecks);

/** Text that may span lines (tab and newline allowed), at most `max` characters, trimmed unless `trim: false`. */
export const longText = (max: number, { trim = true }: TextOptions = {}) =>
  (trim ? z.string().trim() : z.string()).max(max).check(...longTextChecks);

/** True when a string is one line of text: no control characters, no lone surrogates. */
export const isOneLineText = (value: string) => ONE_LINE.test(value) && !LONE.test(value);

/** True when a string is text by the long-text rules (used on free-form JSON values). */
export const isCleanText = (value: string) => LONG.test(value) && !LONE.test(value);

/** Where in free-form JSON a string (a key or a value) breaks the long-text rules; null when none does. */
export function dirtyTextPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return isCleanText(value) ? null : path;
  if (path.length > 32 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = dirtyTextPath(v, [...path, i]);
      if (found) return found;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    const found = isCleanText(k) ? dirtyTextPath(v, [...path, k]) : [...path, k];
    if (found) return found;
  }
  return null;
}

/** True when every string in free-form JSON, keys included, is clean text. */
export const isCleanJson = (value: unknown) => dirtyTextPath(value) === null;

/** A refinement for free-form JSON that names the string that breaks the long-text rules. */
export const cleanJsonCheck = z.superRefine<unknown>((value, ctx) => {
  const path = dirtyTextPath(value);
  if (path) ctx.addIssue({ code: 'custom', message: LONG_CONTROL_CHARACTER, path, input: value });
});

/** A JSON object of at most 64-character keys whose strings are all clean text. */
export const jsonObject = z.record(text(64, { trim: false }), z.unknown()).check(cleanJsonCheck);
