/** Up to two initials for an avatar ("Ada Lovelace" → "AL"); words that start with a letter come first. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const lettered = words.filter((w) => /^\p{L}/u.test(w));
  const parts = lettered.length > 0 ? lettered : words;
  if (parts.length === 0) return '?';
  const picked = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [parts[0]];
  return picked
    .map((p) => Array.from(p ?? '')[0] ?? '')
    .join('')
    .toUpperCase();
}
