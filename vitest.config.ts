import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';
import { serverUnitTests } from './server/test/projects.ts';

/**
 * Three projects: `unit` (pure rules and server code that opens no test database) and `web` run
 * once; `server` holds the tests that use the run's database, which `npm run test:pg` runs again
 * on a PostgreSQL server. Which server test is which is read from its imports (see
 * server/test/projects.ts).
 */
const serverUnit = serverUnitTests(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  test: {
    // Every core: the main process mostly waits, and a database test is CPU-bound in its worker.
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['common/**/*.test.ts', ...serverUnit],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...serverUnit],
          globalSetup: ['server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          // One process runs many files: the app's modules load once per worker, not once per
          // file. Each file still builds its own app on its own database (server/test/harness.ts).
          isolate: false,
        },
      },
      {
        plugins: [react()],
        resolve: { alias: { '@': fileURLToPath(new URL('./web/src', import.meta.url)) } },
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['web/src/**/*.test.{ts,tsx}'],
          // A render in jsdom waits on a busy machine as a database test does: the same bound.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
