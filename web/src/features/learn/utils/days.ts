/** `YYYY-MM-DD` of a local date. */
export function dayKeyOf(date: Date): string {
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${m}-${d}`;
}

/** The `count` day keys ending with `last`, oldest first. */
export function daysEnding(last: string, count: number): string[] {
  const [y, m, d] = last.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) - (count - 1 - i)));
    return date.toISOString().slice(0, 10);
  });
}

/**
 * One value per day over `count` days ending today (or on the latest day the server counted, if its
 * day is ahead of this device's), days without rounds at zero.
 */
export function dailySeries<T extends { day: string }>(
  rows: T[],
  count: number,
  value: (row: T) => number,
  today = dayKeyOf(new Date()),
): Array<{ day: string; value: number; row: T | undefined }> {
  const latest = [today, ...rows.map((r) => r.day)].sort().at(-1) ?? today;
  const byDay = new Map(rows.map((r) => [r.day, r]));
  return daysEnding(latest, count).map((day) => {
    const row = byDay.get(day);
    return { day, value: row ? value(row) : 0, row };
  });
}
