import { defineModule } from '../../platform/module';
import { userRoutes } from './user.routes';

export const userModule = defineModule({ name: 'user', prefix: '/api/user', plugin: userRoutes });

/** User records for sign-in (the auth module); they take the caller's transaction. */
export {
  createUser,
  deleteUserWith,
  enabledUsersAmong,
  findUser,
  findUserByEmail,
  findUserForUpdate,
  hasOtherUsers,
  listUsersNewestFirst,
  recordAgeVerified,
  recordTermsAccepted,
  setUserDisabledAt,
  touchUserActivity,
  type UserRow,
  userFact,
  userNames,
} from './user.service';
