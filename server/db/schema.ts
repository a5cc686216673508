/**
 * Every table of Cadence. Tables live beside the module that owns them; this file gathers
 * them for drizzle-kit and for the checks that span all tables (export, account deletion).
 */
export * from '../modules/admin/stats.tables';
export * from '../modules/auth/auth.tables';
export * from '../modules/blobs/blobs.tables';
export * from '../modules/books/books.tables';
export * from '../modules/calendar/calendar.tables';
export * from '../modules/exercise/exercise.tables';
export * from '../modules/feedback/feedback.tables';
export * from '../modules/focus/focus.tables';
export * from '../modules/frames/frames.tables';
export * from '../modules/gamification/gamification.tables';
export * from '../modules/gamification/quest-progress.tables';
export * from '../modules/goals/goals.tables';
export * from '../modules/habits/habits.tables';
export * from '../modules/ideas/ideas.tables';
export * from '../modules/inbox/inbox.tables';
export * from '../modules/infobase/infobase.tables';
export * from '../modules/learn/learn.tables';
export * from '../modules/listening/listening.tables';
export * from '../modules/market/market.tables';
export * from '../modules/onboarding/onboarding.tables';
export * from '../modules/plan/plan.tables';
export * from '../modules/quests/quests.tables';
export * from '../modules/reference/reference.tables';
export * from '../modules/references/references.tables';
export * from '../modules/settings/settings.tables';
export * from '../modules/user/user.tables';
export * from '../platform/audit.tables';
export * from '../platform/counters.tables';
export * from '../platform/events.tables';
