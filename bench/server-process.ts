import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface ServerProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the first 200 from /api/health. */
  readyMs: number;
  /** Resident memory of the server process, in MB. */
  rssMb(): number;
  /**
   * Sends a message to a preloaded hook and waits for its answer (only with `preload`: the
   * process then has an IPC channel).
   */
  ask(message: string): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * Starts `server/main.ts` in its own Node process and waits until it answers /api/health.
 * `preload` is a module imported before the server (`node --import`), talked to over IPC.
 */
export async function startServer(
  env: Record<string, string>,
  opts: { preload?: string } = {},
): Promise<ServerProcess> {
  const port = env.PORT ?? '8181';
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const preload = opts.preload ? ['--import', opts.preload] : [];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ...preload, 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: port, PUBLIC_URL: url, ...env },
    stdio: opts.preload ? ['ignore', 'inherit', 'inherit', 'ipc'] : ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  const readyMs = performance.now() - started;
  const pid = child.pid as number;
  return {
    url,
    pid,
    readyMs,
    rssMb() {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
    },
    ask(message: string) {
      return new Promise((resolve, reject) => {
        if (!child.send) return reject(new Error('the server was started without a preload hook'));
        child.once('message', resolve);
        child.send(message);
      });
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
