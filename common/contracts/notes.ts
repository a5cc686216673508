import { z } from 'zod';
import { listEnvelope, pageQuery, timestamp } from './base';
import { longText, oneLineChecks, text } from './text';

/**
 * Ideas, Infobase and the References library (`/api/ideas`, `/api/infobase`, `/api/references`,
 * SPEC §6; rules in docs/RULES.md): personal markdown notes with a category, tags, pin and
 * archive. The three share one shape; a reference adds an optional link.
 */

export const NOTE_TITLE_MAX = 300;
export const NOTE_BODY_MAX = 200_000;
export const NOTE_CATEGORY_MAX = 50;
export const NOTE_TAGS_MAX = 30;
export const NOTE_TAG_MAX = 40;
export const NOTE_URL_MAX = 2000;

/**
 * A tag: trimmed, lower-cased (so `Music` and `music` are one tag), letters, digits, spaces and
 * `-_./+#&` only, so a tag never needs escaping in a URL filter.
 */
export const noteTag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(NOTE_TAG_MAX)
  .regex(/^[\p{L}\p{N} _\-./+#&]+$/u, 'Use letters, digits, spaces and - _ . / + # & in a tag');

/** Tags in their first order, repeats dropped. */
const noteTags = z
  .array(noteTag)
  .max(NOTE_TAGS_MAX)
  .transform((tags) => [...new Set(tags)]);

const noteFields = {
  title: text(NOTE_TITLE_MAX).min(1),
  /** Markdown. */
  body: longText(NOTE_BODY_MAX, { trim: false }),
  category: text(NOTE_CATEGORY_MAX).min(1).nullable(),
  tags: noteTags,
  is_pinned: z.boolean(),
};

export const note = z.object({
  id: z.uuid(),
  title: z.string(),
  body: z.string(),
  category: z.string().nullable(),
  tags: z.array(z.string()),
  is_pinned: z.boolean(),
  /** Null while the note is in the list; set while it is in the archive. */
  archived_at: timestamp.nullable(),
  created_at: timestamp,
  updated_at: timestamp,
});
export type Note = z.output<typeof note>;

export const createNoteBody = z.strictObject({
  title: noteFields.title,
  body: noteFields.body.default(''),
  category: noteFields.category.optional(),
  tags: noteTags.default([]),
  is_pinned: noteFields.is_pinned.default(false),
});
export type CreateNoteBody = z.input<typeof createNoteBody>;

/** `archived: true` moves the note to the archive, `false` brings it back. */
export const updateNoteBody = z.strictObject({ ...noteFields, archived: z.boolean() }).partial();
export type UpdateNoteBody = z.input<typeof updateNoteBody>;

const flag = z.enum(['true', 'false']);

/** Pinned first, then the most recently edited. The list by default; `archived=true` for the archive. */
export const noteListQuery = pageQuery.extend({
  archived: flag.default('false'),
  category: text(NOTE_CATEGORY_MAX).min(1).optional(),
  tag: noteTag.optional(),
});
export type NoteListQuery = z.input<typeof noteListQuery>;

// ── The three kinds ──────────────────────────────────────────────────────────

export const idea = note;
export type Idea = Note;
export const createIdeaBody = createNoteBody;
export type CreateIdeaBody = CreateNoteBody;

export const infobaseEntry = note;
export type InfobaseEntry = Note;
export const createInfobaseBody = createNoteBody;
export type CreateInfobaseBody = CreateNoteBody;

/** A web address: http or https only, so a link never runs script. */
const referenceUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(NOTE_URL_MAX)
  .check(...oneLineChecks)
  .nullable();

export const reference = note.extend({ url: z.string().nullable() });
export type Reference = z.output<typeof reference>;
export const createReferenceBody = createNoteBody.extend({ url: referenceUrl.optional() });
export type CreateReferenceBody = z.input<typeof createReferenceBody>;
export const updateReferenceBody = updateNoteBody.extend({ url: referenceUrl.optional() });
export type UpdateReferenceBody = z.input<typeof updateReferenceBody>;

export const noteList = listEnvelope(note);
export const referenceList = listEnvelope(reference);

// ── Search ───────────────────────────────────────────────────────────────────

export const noteKinds = ['idea', 'infobase', 'reference'] as const;
export const noteKind = z.enum(noteKinds);
export type NoteKind = z.output<typeof noteKind>;

export const SEARCH_QUERY_MAX = 200;

/**
 * `q` is read like a web search box (words, "a phrase", -without, or); the last word also
 * matches as a prefix while it is being typed. `kinds` is a comma-separated subset.
 */
export const searchQuery = z.object({
  q: text(SEARCH_QUERY_MAX).min(1, 'Type something to search for'),
  kinds: text(100, { trim: false })
    .transform((s) => s.split(',').map((k) => k.trim()))
    .pipe(z.array(noteKind).min(1))
    .optional(),
  archived: flag.default('false'),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.input<typeof searchQuery>;

/** A piece of text and where the search words are in it (UTF-16 offsets, end exclusive). */
export const highlighted = z.object({
  text: z.string(),
  highlights: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])),
});
export type Highlighted = z.output<typeof highlighted>;

export const searchHit = z.object({
  kind: noteKind,
  id: z.uuid(),
  title: highlighted,
  /** Words around the matches in the body (empty when only the title matched). */
  snippet: highlighted,
  category: z.string().nullable(),
  tags: z.array(z.string()),
  archived: z.boolean(),
  rank: z.number(),
  updated_at: timestamp,
});
export type SearchHit = z.output<typeof searchHit>;
