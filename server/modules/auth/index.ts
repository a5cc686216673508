import type { FastifyPluginAsync } from 'fastify';
import { defineModule } from '../../platform/module';
import { accountRoutes } from './account.routes';
import { authRoutes } from './auth.routes';
import { passkeyRoutes } from './passkeys.routes';

/**
 * Identity and access. Besides /api/auth, this module serves /api/user/sessions and
 * /api/user/passkeys: it owns those tables, and it already depends on the user module for user
 * records, so the user module cannot depend back on it.
 */
const plugin: FastifyPluginAsync = async (app) => {
  await app.register(authRoutes, { prefix: '/auth' });
  await app.register(passkeyRoutes, { prefix: '/auth/passkeys' });
  await app.register(accountRoutes, { prefix: '/user' });
};

export const authModule = defineModule({ name: 'auth', prefix: '/api', plugin });

export { registerSessionHooks } from './access.hook';
/** The admin console: people's roles, sign-in methods and sessions. */
export {
  type Access,
  grantsOf,
  holdersOf,
  listRoles,
  lockAdminRoster,
  putRoleGrant,
  type RoleGrantRow,
  type RoleRow,
  removeRoleGrant,
  resolveAccess,
  rolesOf,
  type SignInMethodRow,
  signInMethodsOf,
} from './auth.repo';
export {
  countLiveSessions,
  endAllSessions,
  endAnySession,
  LIVE_SESSIONS_LIMIT,
  liveSessionsOf,
} from './sessions.service';
