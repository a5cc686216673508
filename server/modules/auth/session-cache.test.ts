import { describe, expect, it } from 'vitest';
import { SessionCache } from './session-cache';

const entry =
  (userId: string, validUntil = 10_000) =>
  async () => ({ value: `${userId}'s session`, userId, validUntil });

describe('SessionCache', () => {
  it('keeps a loaded session until the first of its own expiry and the maximum age', async () => {
    const cache = new SessionCache<string>(30_000);
    cache.setHeard(true);
    expect(await cache.load('t1', 0, entry('u1', 10_000))).toBe("u1's session");
    expect(cache.get('t1', 9_999)).toBe("u1's session");
    expect(cache.get('t1', 10_000)).toBeUndefined();

    await cache.load('t2', 0, entry('u1', 90_000));
    expect(cache.get('t2', 29_999)).toBe("u1's session");
    expect(cache.get('t2', 30_000)).toBeUndefined();
  });

  it('forgets a user’s sessions when told, and everyone’s when cleared', async () => {
    const cache = new SessionCache<string>(30_000);
    cache.setHeard(true);
    await cache.load('a1', 0, entry('a'));
    await cache.load('a2', 0, entry('a'));
    await cache.load('b1', 0, entry('b'));
    cache.dropUser('a');
    expect([cache.get('a1', 1), cache.get('a2', 1), cache.get('b1', 1)]).toEqual([undefined, undefined, "b's session"]);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('does not keep what was read while the user’s sessions changed', async () => {
    const cache = new SessionCache<string>(30_000);
    cache.setHeard(true);
    // The read began before the change and may hold the old state: it is answered, not kept.
    const value = await cache.load('t', 0, async () => {
      cache.dropUser('u');
      return { value: 'old', userId: 'u', validUntil: 10_000 };
    });
    expect(value).toBe('old');
    expect(cache.get('t', 1)).toBeUndefined();
    // Another user's change does not matter; a flush does.
    await cache.load('t', 0, async () => {
      cache.dropUser('someone else');
      return { value: 'kept', userId: 'u', validUntil: 10_000 };
    });
    expect(cache.get('t', 1)).toBe('kept');
    await cache.load('t2', 0, async () => {
      cache.clear();
      return { value: 'flushed', userId: 'u', validUntil: 10_000 };
    });
    expect(cache.get('t2', 1)).toBeUndefined();
  });

  it('keeps nothing while it cannot hear of changes, or when its maximum age is 0', async () => {
    const deaf = new SessionCache<string>(30_000);
    expect(await deaf.load('t', 0, entry('u'))).toBe("u's session");
    expect(deaf.get('t', 1)).toBeUndefined();
    deaf.setHeard(true);
    await deaf.load('t', 0, entry('u'));
    deaf.setHeard(false);
    expect(deaf.get('t', 1)).toBeUndefined();

    const off = new SessionCache<string>(0);
    off.setHeard(true);
    await off.load('t', 0, entry('u'));
    expect(off.get('t', 0)).toBeUndefined();
  });

  it('answers a missing session as null and keeps nothing for it', async () => {
    const cache = new SessionCache<string>(30_000);
    cache.setHeard(true);
    expect(await cache.load('t', 0, async () => null)).toBeNull();
    expect(cache.size).toBe(0);
  });
});
