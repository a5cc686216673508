/**
 * Signed-in requests answered without a database round trip: each instance keeps the sessions
 * it served recently (session, user, roles, permissions) for at most `maxAgeMs`. Entries go
 * sooner when what they hold changes: the database notifies every instance (migration
 * 0003_auth_changes_notify) and `dropUser` or `clear` runs within moments of the commit. An
 * instance that cannot hear those notifications (its LISTEN connection is down) keeps nothing.
 */
export interface CachedSession<T> {
  value: T;
  userId: string;
  /** Epoch milliseconds after which the entry must be read again. */
  validUntil: number;
}

export class SessionCache<T> {
  private readonly byToken = new Map<string, CachedSession<T>>();
  private readonly byUser = new Map<string, Set<string>>();
  /** Logical time, moved by every invalidation; a load remembers when it began. */
  private clock = 0;
  /** Loads that began before this time may hold what a flush removed. */
  private floor = 0;
  /** When each user's entries were last dropped (so a load that began before cannot store). */
  private readonly droppedAt = new Map<string, number>();
  private heard = false;

  constructor(
    readonly maxAgeMs: number,
    private readonly maxEntries = 50_000,
  ) {}

  get enabled(): boolean {
    return this.heard && this.maxAgeMs > 0;
  }

  /** The live entry for a token hash at `now`, if any. */
  get(tokenHash: string, now: number): T | undefined {
    const entry = this.byToken.get(tokenHash);
    if (!entry) return undefined;
    if (now >= entry.validUntil) {
      this.remove(tokenHash, entry.userId);
      return undefined;
    }
    return entry.value;
  }

  /**
   * Reads through the cache: `load` runs on a miss and its result is kept until `validUntil`
   * (capped at the maximum age), unless the user's entries were dropped while it ran.
   */
  async load(
    tokenHash: string,
    now: number,
    read: () => Promise<{ value: T; userId: string; validUntil: number } | null>,
  ): Promise<T | null> {
    const began = this.clock;
    const loaded = await read();
    if (!loaded) return null;
    const stale = began < this.floor || (this.droppedAt.get(loaded.userId) ?? -1) > began;
    if (this.enabled && !stale) {
      if (this.byToken.size >= this.maxEntries) this.clear();
      this.byToken.set(tokenHash, { ...loaded, validUntil: Math.min(loaded.validUntil, now + this.maxAgeMs) });
      const tokens = this.byUser.get(loaded.userId) ?? new Set();
      tokens.add(tokenHash);
      this.byUser.set(loaded.userId, tokens);
    }
    return loaded.value;
  }

  /** Forgets every entry of a user (their sessions, profile or roles changed). */
  dropUser(userId: string): void {
    this.droppedAt.set(userId, ++this.clock);
    if (this.droppedAt.size > this.maxEntries) {
      // Forgetting who was dropped when is safe once every load in flight is refused.
      this.droppedAt.clear();
      this.floor = ++this.clock;
    }
    for (const token of this.byUser.get(userId) ?? []) this.byToken.delete(token);
    this.byUser.delete(userId);
  }

  /** Forgets everything (roles changed for everyone, or notifications may have been missed). */
  clear(): void {
    this.floor = ++this.clock;
    this.droppedAt.clear();
    this.byToken.clear();
    this.byUser.clear();
  }

  /** Whether invalidations are heard: entries are kept only while they are. Either way starts afresh. */
  setHeard(heard: boolean): void {
    this.heard = heard;
    this.clear();
  }

  get size(): number {
    return this.byToken.size;
  }

  private remove(tokenHash: string, userId: string): void {
    this.byToken.delete(tokenHash);
    const tokens = this.byUser.get(userId);
    tokens?.delete(tokenHash);
    if (tokens?.size === 0) this.byUser.delete(userId);
  }
}
