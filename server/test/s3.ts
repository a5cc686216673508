import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { S3BlobStore } from '../platform/blob-store';

/**
 * Real S3-protocol servers on loopback for the blob store's tests: `s3rver` (an npm package, so
 * on every machine) and, where it is installed, moto's `moto_server` (a closer copy of S3 that
 * also lists and aborts unfinished multipart uploads).
 */
export interface S3TestServer {
  store: S3BlobStore;
  /** Whether the server lists unfinished multipart uploads (s3rver does not). */
  listsUploads: boolean;
  /**
   * Whether it lists more than one page of objects: s3rver's continuation token uses DES, which
   * OpenSSL 3 (Node 17 and later) refuses, so its second page is an InternalError.
   */
  pagesLists: boolean;
  stop(): Promise<void>;
}

const BUCKET = 'cadence-test';

async function storeOn(endpoint: string, key: string): Promise<S3BlobStore> {
  const store = new S3BlobStore({
    bucket: BUCKET,
    region: 'us-east-1',
    endpoint,
    accessKeyId: key,
    secretAccessKey: key,
    forcePathStyle: true,
  });
  await store.client.send(new CreateBucketCommand({ Bucket: BUCKET }));
  return store;
}

/** s3rver on a free loopback port, keeping its objects in a temporary directory. */
export async function startS3rver(): Promise<S3TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cadence-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir });
  // s3rver deletes the keys of one DeleteObjects request all at once, and each then removes its
  // directories once empty: two emptying the same one race, and the loser answers InternalError.
  // Run its deletes one at a time (S3 itself has no directories to race on).
  const fsStore = (server as unknown as { store: { deleteObject(b: string, k: string): Promise<void> } }).store;
  const deleteObject = fsStore.deleteObject.bind(fsStore);
  let deletes: Promise<unknown> = Promise.resolve();
  fsStore.deleteObject = (bucket, key) => {
    const next = deletes.then(() => deleteObject(bucket, key));
    deletes = next.catch(() => {});
    return next;
  };
  const { port } = await server.run();
  // s3rver knows one key pair, S3RVER/S3RVER.
  const store = await storeOn(`http://127.0.0.1:${port}`, 'S3RVER');
  return {
    store,
    listsUploads: false,
    pagesLists: false,
    async stop() {
      store.client.destroy();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The `moto_server` the run was told about (`MOTO_SERVER`, a path or a command name), if any. */
export const motoServerCommand = process.env.MOTO_SERVER || null;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** `moto_server` on a free loopback port; it keeps everything in memory and goes with the process. */
export async function startMoto(command: string): Promise<S3TestServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(command, ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr?.on('data', (d) => {
    output = (output + d).slice(-2000);
  });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`moto_server exited (${code}): ${output}`))),
  );
  exited.catch(() => {});
  const deadline = Date.now() + 30_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`moto_server did not answer on port ${port}: ${output}`);
    }
    await Promise.race([new Promise((r) => setTimeout(r, 100)), exited]);
  }
  const store = await storeOn(`http://127.0.0.1:${port}`, 'test');
  return {
    store,
    listsUploads: true,
    pagesLists: true,
    async stop() {
      store.client.destroy();
      if (child.exitCode === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await gone;
      }
    },
  };
}
