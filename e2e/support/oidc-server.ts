/**
 * The OpenID Connect provider the browser tests sign in through: a real `oidc-provider` on
 * 127.0.0.1:4180 (the app runs on `localhost`, so the two sites' cookies stay apart), plus a
 * small control server on 127.0.0.1:4181 that tests use to choose who signs in next and that
 * the app's launcher asks for the client credentials.
 */
import http from 'node:http';
import { startOidcProvider, type TestAccount } from '../../server/test/oidc-provider';
import { OIDC_CONTROL_PORT, OIDC_CONTROL_URL, OIDC_PORT } from './oidc-control';

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) reject(new Error('body too large'));
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(body));
      } catch (err) {
        reject(err);
      }
    });
  });
}

const isAccount = (value: unknown): value is TestAccount =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { sub?: unknown }).sub === 'string' &&
  (value as { sub: string }).sub.length > 0;

async function main(): Promise<void> {
  const appOrigin = process.env.APP_ORIGIN ?? 'http://localhost:4173';
  const provider = await startOidcProvider({
    redirectUris: [`${appOrigin}/api/auth/callback/oidc`],
    port: OIDC_PORT,
  });

  const control = http.createServer((req, res) => {
    const send = (status: number, body?: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/client') {
      send(200, { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret });
    } else if (req.method === 'POST' && req.url === '/next-account') {
      readJson(req)
        .then((account) => {
          if (!isAccount(account)) return send(400, { error: 'an account needs a non-empty sub' });
          provider.setNextAccount(account);
          send(204);
        })
        .catch(() => send(400, { error: 'invalid JSON' }));
    } else {
      send(404, { error: 'not found' });
    }
  });
  await new Promise<void>((resolve) => control.listen(OIDC_CONTROL_PORT, '127.0.0.1', resolve));
  console.log(`OIDC provider at ${provider.issuer}, control at ${OIDC_CONTROL_URL}`);

  const stop = async () => {
    control.close();
    await provider.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

await main();
