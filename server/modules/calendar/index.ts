import { defineModule } from '../../platform/module';
import { calendarRoutes } from './calendar.routes';

export const calendarModule = defineModule({ name: 'calendar', prefix: '/api/calendar', plugin: calendarRoutes });

/**
 * For other modules, in their own transaction or connection: the occurrences in a range (the
 * daily plan's "today's calendar events") and creating an event from the same input as
 * POST /api/calendar (the inbox turning an item into an event).
 */
/**
 * The exercise module's active training program, scheduled as all-day workout events linked to
 * each program day (`calendar_events.program_day_id`), in the exercise module's transaction.
 */
export {
  createCalendarEvent,
  type ProgramDaySchedule,
  scheduleProgramDays,
  unscheduleProgramDays,
} from './calendar.service';
export { listOccurrences } from './occurrences.service';
