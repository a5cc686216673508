import { daysBetween } from '#common/time/day';
import { formatDayKey } from '@/lib/format';

/** "by 12 May 2027 · in 3 weeks", "by 2 May · 3 days late", for an open goal's target date. */
export function describeTarget(target: string, today: string, open: boolean): { text: string; late: boolean } {
  const date = formatDayKey(target, { weekday: undefined, year: 'numeric' });
  if (!open) return { text: `Target ${date}`, late: false };
  const days = daysBetween(today, target);
  if (days === 0) return { text: `Due today, ${date}`, late: false };
  if (days < 0) return { text: `${-days} ${days === -1 ? 'day' : 'days'} past ${date}`, late: true };
  if (days < 14) return { text: `By ${date} · in ${days} ${days === 1 ? 'day' : 'days'}`, late: false };
  if (days < 60) return { text: `By ${date} · in ${Math.round(days / 7)} weeks`, late: false };
  return { text: `By ${date} · in ${Math.round(days / 30.44)} months`, late: false };
}
