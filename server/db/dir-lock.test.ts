import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { acquireDirLock } from './dir-lock';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-lock-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid as number;

describe('acquireDirLock', () => {
  it('refuses a second holder while the first holds it, and allows one after release', () => {
    const lock = path.join(dir, 'pglite.lock');
    const release = acquireDirLock(lock);
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid));
    expect(() => acquireDirLock(lock)).toThrow(`is in use by process ${process.pid}`);
    release();
    expect(fs.existsSync(lock)).toBe(false);
    acquireDirLock(lock)();
  });

  it('takes over a lock left by a process that no longer runs, or one that holds no pid', () => {
    const lock = path.join(dir, 'pglite.lock');
    for (const content of [String(deadPid()), 'garbage', '']) {
      fs.writeFileSync(lock, content);
      const release = acquireDirLock(lock);
      expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid));
      release();
    }
  });
});

describe('the embedded database folder', () => {
  it('cannot be opened twice; closing it frees it', async () => {
    const config = { kind: 'pglite', dir: path.join(dir, 'pglite') } as const;
    const first = await openDatabase(config);
    try {
      await expect(openDatabase(config)).rejects.toThrow(/is in use by process \d+.*DATABASE_URL/s);
    } finally {
      await first.close();
    }
    const again = await openDatabase(config);
    await again.close();
  }, 90_000);

  it('makes a second server process on the same DATA_DIR refuse to start with a clear message', async () => {
    // Held the way a running server holds it (openDatabase takes this lock before PGlite starts).
    const release = acquireDirLock(path.join(dir, 'pglite.lock'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        cwd: root,
        env: { PATH: process.env.PATH, DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', NODE_ENV: 'development' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain(`is in use by process ${process.pid}`);
      expect(stderr).toContain('DATABASE_URL');
    } finally {
      release();
    }
  });
});
