/**
 * Embedded start-up and idle memory (SPEC §9: first request ≤ 3 s, idle memory ≤ 400 MB).
 * Starts the server twice on a fresh DATA_DIR: the first run creates and migrates the database,
 * the second opens it. Prints the time to the first answered request and the idle RSS.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './server-process';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-bench-'));
const idleSeconds = Number(process.env.IDLE_SECONDS ?? 5);

try {
  for (const run of ['first start (creates the database)', 'second start']) {
    const server = await startServer({ DATA_DIR: dataDir, WEB_DIST: path.resolve('web/dist') });
    await new Promise((r) => setTimeout(r, idleSeconds * 1000));
    console.log(
      `${run.padEnd(36)} ready in ${Math.round(server.readyMs)} ms, idle RSS ${Math.round(server.rssMb())} MB after ${idleSeconds} s`,
    );
    await server.stop();
  }
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
