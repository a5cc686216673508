import { NOTE_TAG_MAX, NOTE_TAGS_MAX } from '#common/contracts/notes';

/** Tags typed as one comma-separated line: trimmed, lower-cased, without repeats or empties. */
export function parseTags(line: string): string[] {
  const tags = line
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** Why the tags cannot be saved, or null when they can. */
export function tagsProblem(tags: string[]): string | null {
  if (tags.length > NOTE_TAGS_MAX) return `Use at most ${NOTE_TAGS_MAX} tags.`;
  if (tags.some((t) => t.length > NOTE_TAG_MAX)) return `Keep each tag under ${NOTE_TAG_MAX + 1} characters.`;
  if (tags.some((t) => !/^[\p{L}\p{N} _\-./+#&]+$/u.test(t)))
    return 'Use letters, digits, spaces and - _ . / + # & in tags.';
  return null;
}
