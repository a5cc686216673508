/** `npm start`: build the web app if it is missing or stale, then run the server in this process. */
import { buildWebIfStale } from './web-build';

buildWebIfStale();
await import('../server/main');
