/** Query keys of the calendar feature; every calendar query starts with `calendar`. */
export const calendarKeys = {
  all: ['calendar'] as const,
  ranges: ['calendar', 'range'] as const,
  range: (from: string, to: string) => ['calendar', 'range', from, to] as const,
  feed: ['calendar', 'feed'] as const,
};
