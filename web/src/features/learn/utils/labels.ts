import { Dumbbell, GraduationCap, Leaf, type LucideIcon, Music, Repeat, Target } from 'lucide-react';
import type { LearnDifficulty, LessonStatus, Rating } from '#common/contracts/learn';
import type { DrillType } from '#common/enums';
import { formatRelative } from '@/lib/format';

/** Topic icons are lucide names; the curriculum uses these. */
const topicIcons: Record<string, LucideIcon> = {
  target: Target,
  repeat: Repeat,
  dumbbell: Dumbbell,
  leaf: Leaf,
  music: Music,
};

export const topicIcon = (name: string): LucideIcon => topicIcons[name] ?? GraduationCap;

export const drillTypeLabels: Record<DrillType, string> = {
  interval: 'Intervals',
  note: 'Notes',
  chord_quality: 'Chords',
  scale: 'Scales',
  rhythm: 'Rhythm',
};

export const difficultyLabels: Record<LearnDifficulty, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

export const statusLabels: Record<LessonStatus, string> = {
  new: 'New',
  in_progress: 'In progress',
  completed: 'Completed',
};

export const ratingLabels: Record<Rating, string> = {
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
};

/** "2:05" for a round's time. */
export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.round(total));
  const minutes = Math.floor(s / 60);
  return `${minutes}:${String(s % 60).padStart(2, '0')}`;
}

/** "in 3 days", or "now" for a time already past. */
export function whenDue(iso: string, now = Date.now()): string {
  return new Date(iso).getTime() <= now ? 'now' : formatRelative(iso, now);
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "Overdue by 2 hours" for a due card; "Due now" within a minute. */
export function overdueText(iso: string, now = Date.now()): string {
  const minutes = Math.floor((now - new Date(iso).getTime()) / 60_000);
  if (!Number.isFinite(minutes) || minutes < 1) return 'Due now';
  if (minutes < 60) return `Overdue by ${plural(minutes, 'minute')}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `Overdue by ${plural(hours, 'hour')}`;
  return `Overdue by ${plural(Math.floor(hours / 24), 'day')}`;
}
