/** Wire shapes of the habits API (the contracts' inputs: timestamps as strings). */
import type { z } from 'zod';
import type { CreateHabitBody, habit, habitCompletion, habitDay, habitHistory } from '#common/contracts/habits';

export type HabitWire = z.input<typeof habit>;
export type HabitHistoryWire = z.input<typeof habitHistory>;
export type HabitCompletionWire = z.input<typeof habitCompletion>;
export type HabitDayWire = z.input<typeof habitDay>;
export type HabitBody = CreateHabitBody;
