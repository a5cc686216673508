import { defineModule } from '../../platform/module';
import { searchRoutes } from './search.routes';

/** `GET /api/search`: one search over the notes-like sections (Ideas, Infobase, References). */
export const searchModule = defineModule({ name: 'search', prefix: '/api/search', plugin: searchRoutes });
