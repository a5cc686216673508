import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';

/**
 * A software passkey (ES256, "none" attestation) that answers WebAuthn options the way a
 * browser's authenticator would, so the server's ceremonies can be tested without a browser.
 * It signs whatever it is given: tests forge responses by editing what it returns.
 */

type Cbor = number | string | Buffer | Map<Cbor, Cbor> | { [key: string]: Cbor };

function head(major: number, n: number): Buffer {
  if (n < 24) return Buffer.from([(major << 5) | n]);
  if (n < 0x100) return Buffer.from([(major << 5) | 24, n]);
  if (n < 0x10000) return Buffer.from([(major << 5) | 25, n >> 8, n & 0xff]);
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(n, 1);
  return b;
}

/** The little CBOR a WebAuthn authenticator writes: integers, text, bytes and maps. */
function cbor(value: Cbor): Buffer {
  if (typeof value === 'number') return value >= 0 ? head(0, value) : head(1, -1 - value);
  if (typeof value === 'string') {
    const text = Buffer.from(value, 'utf8');
    return Buffer.concat([head(3, text.length), text]);
  }
  if (Buffer.isBuffer(value)) return Buffer.concat([head(2, value.length), value]);
  const entries: [Cbor, Cbor][] = value instanceof Map ? [...value] : Object.entries(value);
  return Buffer.concat([head(5, entries.length), ...entries.flatMap(([k, v]) => [cbor(k), cbor(v)])]);
}

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();
const b64u = (data: Buffer) => data.toString('base64url');

export interface SoftPasskey {
  credentialId: string;
  /** The user handle the credential was created with (base64url), as a discoverable login reports it. */
  userHandle: string | null;
  register(options: { challenge: string; user: { id: string } }): Record<string, unknown>;
  /** `origin` overrides the page origin the browser would report (a phishing site's). */
  login(options: { challenge: string }, overrides?: { origin?: string }): Record<string, unknown>;
}

export function createSoftPasskey(origin: string, rpId: string): SoftPasskey {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = publicKey.export({ format: 'jwk' });
  const credentialId = randomBytes(16);
  const rpIdHash = sha256(rpId);
  let counter = 0;
  const passkey: SoftPasskey = {
    credentialId: b64u(credentialId),
    userHandle: null,
    register(options) {
      passkey.userHandle = options.user.id;
      const clientData = JSON.stringify({
        type: 'webauthn.create',
        challenge: options.challenge,
        origin,
        crossOrigin: false,
      });
      const cose = cbor(
        new Map<Cbor, Cbor>([
          [1, 2],
          [3, -7],
          [-1, 1],
          [-2, Buffer.from(jwk.x ?? '', 'base64url')],
          [-3, Buffer.from(jwk.y ?? '', 'base64url')],
        ]),
      );
      const idLength = Buffer.alloc(2);
      idLength.writeUInt16BE(credentialId.length);
      // Flags: user present, user verified, attested credential data included.
      const authData = Buffer.concat([
        rpIdHash,
        Buffer.from([0x45]),
        counterBytes(counter),
        Buffer.alloc(16),
        idLength,
        credentialId,
        cose,
      ]);
      const attestation = cbor({ fmt: 'none', attStmt: {}, authData });
      return {
        id: b64u(credentialId),
        rawId: b64u(credentialId),
        type: 'public-key',
        response: {
          clientDataJSON: b64u(Buffer.from(clientData)),
          attestationObject: b64u(attestation),
          transports: ['internal'],
        },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      };
    },
    login(options, overrides = {}) {
      counter += 1;
      const clientData = Buffer.from(
        JSON.stringify({ type: 'webauthn.get', challenge: options.challenge, origin: overrides.origin ?? origin }),
      );
      const authData = Buffer.concat([rpIdHash, Buffer.from([0x05]), counterBytes(counter)]);
      const signature = sign('sha256', Buffer.concat([authData, sha256(clientData)]), privateKey as KeyObject);
      return {
        id: b64u(credentialId),
        rawId: b64u(credentialId),
        type: 'public-key',
        response: {
          clientDataJSON: b64u(clientData),
          authenticatorData: b64u(authData),
          signature: b64u(signature),
          userHandle: passkey.userHandle,
        },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      };
    },
  };
  return passkey;
}

function counterBytes(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
