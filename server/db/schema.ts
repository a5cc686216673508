/**
 * Every table of Cadence. Tables live beside the module that owns them; this file gathers
 * them for drizzle-kit and for the checks that span all tables (export, account deletion).
 */
export * from '../modules/auth/auth.tables';
export * from '../modules/settings/settings.tables';
export * from '../modules/user/user.tables';
export * from '../platform/audit.tables';
