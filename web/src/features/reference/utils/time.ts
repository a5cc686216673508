/** `m:ss` (or `h:mm:ss`) for a time in milliseconds; tenths when asked. */
export function formatTime(ms: number, tenths = false): string {
  const safe = Math.max(0, ms);
  const totalSeconds = Math.floor(safe / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const rest = tenths ? `.${Math.floor((safe % 1000) / 100)}` : '';
  const ss = `${String(s).padStart(2, '0')}${rest}`;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** `12.3 MB` for a size in bytes. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The prompt's part of an address (`prompt`, `band`, `loop`, `compare`, `gain_match`), with its `?`, or ''. */
export function promptQuery(params: URLSearchParams): string {
  if (!params.get('prompt')) return '';
  const kept = new URLSearchParams();
  for (const key of ['prompt', 'band', 'loop', 'compare', 'gain_match']) {
    const value = params.get(key);
    if (value !== null) kept.set(key, value);
  }
  return `?${kept.toString()}`;
}

/** Tags as typed ("trip-hop, drums"): split on commas, blanks dropped (the server lower-cases and dedupes). */
export const splitTags = (value: string) =>
  value
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
