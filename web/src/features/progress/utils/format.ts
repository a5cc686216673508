const numbers = new Intl.NumberFormat();

/** "1,234". */
export const formatNumber = (n: number): string => numbers.format(n);

/** "+25" / "−10" / "0" with a true minus sign. */
export function formatSigned(n: number): string {
  if (n > 0) return `+${numbers.format(n)}`;
  if (n < 0) return `−${numbers.format(-n)}`;
  return '0';
}

const eventLabels: Record<string, string> = {
  focus_complete: 'Focus session',
  habit_complete: 'Habit completed',
  perfect_habit_day: 'Perfect habit day',
  goal_milestone_complete: 'Goal milestone',
  goal_complete: 'Goal reached',
  quest_complete: 'Quest completed',
  quest_claim: 'Quest reward',
  workout_complete: 'Workout',
  personal_record: 'Personal record',
  reading_session: 'Reading session',
  book_complete: 'Book finished',
  lesson_complete: 'Lesson completed',
  drill_complete: 'Ear-training drill',
  review_session: 'Review session',
  plan_item_complete: 'Plan item',
  track_analyzed: 'Track analysed',
  daily_login: 'Daily visit',
  achievement: 'Achievement',
  purchase: 'Market purchase',
  refund: 'Refund',
};

/** A ledger row's event type in words. */
export function eventLabel(type: string): string {
  return eventLabels[type] ?? type.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}
