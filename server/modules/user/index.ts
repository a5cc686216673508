import { defineModule } from '../../platform/module';
import { userRoutes } from './user.routes';

export const userModule = defineModule({ name: 'user', prefix: '/api/user', plugin: userRoutes });

/** User records for sign-in (the auth module); they take the caller's transaction. */
export {
  createUser,
  findUser,
  findUserByEmail,
  hasOtherUsers,
  recordAgeVerified,
  recordTermsAccepted,
  touchUserActivity,
  type UserRow,
  userFact,
  userNames,
} from './user.service';
