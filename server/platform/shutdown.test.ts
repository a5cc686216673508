import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createTestApp, type TestApp } from '../test/harness';
import { listen } from '../test/sse';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A GET over a connection of its own, resolving with the status and body. */
function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('graceful shutdown', () => {
  it('app.close() lets an in-flight request finish and refuses new connections meanwhile', async () => {
    const app = await buildApp({ config: t.config, database: t.database, clock: t.clock, logger: false });
    let entered!: () => void;
    let release!: () => void;
    const inHandler = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    app.get('/api/slow', { config: { public: true } }, async () => {
      entered();
      await released;
      return { data: 'finished' };
    });
    const url = await listen(app);

    const inFlight = get(`${url}/api/slow`);
    await inHandler;
    let closed = false;
    const closing = app.close().then(() => {
      closed = true;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);
    await expect(get(`${url}/api/health`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    release();
    expect(await inFlight).toEqual({ status: 200, body: JSON.stringify({ data: 'finished' }) });
    await closing;
    expect(closed).toBe(true);
  });
});
