import type { Database } from '../db/client';
import { AppError, unavailable } from './errors';
import {
  EVENTS_CHANNEL,
  type EventRow,
  eventKept,
  eventsByIds,
  eventsSince,
  newestEventId,
  pruneEvents,
} from './events';

/** Where a connection's events go: the SSE stream of one client. */
export interface EventSink {
  /** Events in id order; never one the sink already had. */
  send(rows: EventRow[]): void;
  /** The client missed more than can be replayed: it refetches its state; `id` is where it now stands. */
  resync(id: number): void;
  /** The hub can no longer vouch for the stream (shutdown, lost rows): end it so the client reconnects. */
  close(): void;
}

export interface EventHubOptions {
  /** Most events replayed after a reconnect; more than that turns into a `resync`. */
  replayLimit?: number;
  heartbeatMs?: number;
  pruneEveryMs?: number;
  maxConnectionsPerUser?: number;
  log?: { warn(obj: object, msg: string): void };
}

interface Connection {
  userId: string;
  sink: EventSink;
  /** Live events that arrive while the replay runs; null once live. */
  buffer: EventRow[] | null;
  /** Ids the replay already sent (a commit racing the replay shows up both ways), and the id up to which the client has everything. */
  replayed: Set<number>;
  floor: number;
}

interface Note {
  id: number;
  user_id: string;
}

function parseNote(payload: string): Note | null {
  try {
    const note = JSON.parse(payload) as Partial<Note>;
    return Number.isSafeInteger(note.id) && typeof note.user_id === 'string' ? (note as Note) : null;
  } catch {
    return null;
  }
}

/**
 * One per process. It LISTENs once on the events channel and fans each notification out to the
 * open streams of that user, fetching the rows by id in batches. A reconnecting client passes
 * its last event id: the hub buffers live events, replays what the client missed, then goes
 * live, dropping what the replay already sent, so there is neither a gap nor a duplicate.
 */
export class EventHub {
  readonly heartbeatMs: number;
  private readonly replayLimit: number;
  private readonly maxPerUser: number;
  private readonly byUser = new Map<string, Set<Connection>>();
  private listening: Promise<() => Promise<void>> | undefined;
  private pending: Note[] = [];
  private flushing: Promise<void> | undefined;
  private readonly pruneTimer: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly database: Database,
    private readonly options: EventHubOptions = {},
  ) {
    this.replayLimit = options.replayLimit ?? 500;
    this.heartbeatMs = options.heartbeatMs ?? 25_000;
    this.maxPerUser = options.maxConnectionsPerUser ?? 20;
    this.pruneTimer = setInterval(() => {
      this.prune().catch((err) => options.log?.warn({ err }, 'could not prune real-time events'));
    }, options.pruneEveryMs ?? 3_600_000);
    this.pruneTimer.unref();
  }

  /** Opens a user's feed. Resolves once it is live; the returned function ends it. */
  async connect(userId: string, lastEventId: number | null, sink: EventSink): Promise<() => void> {
    if (this.closed) throw unavailable('The server is shutting down.');
    const set = this.byUser.get(userId) ?? new Set();
    if (set.size >= this.maxPerUser) {
      throw new AppError('rate_limited', 'Too many open event streams.', undefined, 429, { 'retry-after': '30' });
    }
    // The client has everything up to its last event id: a late notification of one is dropped.
    const conn: Connection = { userId, sink, buffer: [], replayed: new Set(), floor: lastEventId ?? 0 };
    set.add(conn);
    this.byUser.set(userId, set);
    const disconnect = () => this.remove(conn);
    try {
      // LISTEN first: whatever commits from here on is heard, and the replay sees everything before.
      await this.listen();
      if (lastEventId !== null) await this.replay(conn, lastEventId);
      const buffered = (conn.buffer ?? []).filter((row) => !this.seen(conn, row.id));
      conn.buffer = null;
      if (buffered.length > 0) sink.send(buffered);
      return disconnect;
    } catch (err) {
      disconnect();
      throw err;
    }
  }

  /** How many streams a user has open on this instance. */
  connectionCount(userId: string): number {
    return this.byUser.get(userId)?.size ?? 0;
  }

  /** Deletes events past retention; runs on a timer on every instance (cheap, indexed). */
  async prune(): Promise<number> {
    let total = 0;
    let deleted: number;
    do {
      deleted = await pruneEvents(this.database.db);
      total += deleted;
    } while (deleted > 0);
    return total;
  }

  /** Ends every open stream (the server is draining; clients reconnect elsewhere). */
  endStreams(): void {
    this.closed = true;
    for (const set of this.byUser.values()) for (const conn of [...set]) conn.sink.close();
    this.byUser.clear();
  }

  async close(): Promise<void> {
    this.endStreams();
    clearInterval(this.pruneTimer);
    const unlisten = await this.listening?.catch(() => undefined);
    this.listening = undefined;
    await unlisten?.();
    await this.flushing;
  }

  /** Sends what the client missed after `lastEventId` (0: everything kept), or a resync. */
  private async replay(conn: Connection, lastEventId: number): Promise<void> {
    const { db } = this.database;
    const lost = lastEventId > 0 && !(await eventKept(db, lastEventId));
    const rows = lost ? [] : await eventsSince(db, conn.userId, lastEventId, this.replayLimit + 1);
    if (lost || rows.length > this.replayLimit) {
      conn.floor = await newestEventId(db, conn.userId);
      conn.sink.resync(conn.floor);
      return;
    }
    for (const row of rows) conn.replayed.add(row.id);
    if (rows.length > 0) conn.sink.send(rows);
  }

  private seen(conn: Connection, id: number): boolean {
    return id <= conn.floor || conn.replayed.has(id);
  }

  private listen(): Promise<unknown> {
    if (!this.listening) {
      const listening = this.database.listen(
        EVENTS_CHANNEL,
        (payload) => this.onNotify(payload),
        // Notifications were lost while the connection was down: the clients reconnect and replay.
        { restored: () => this.dropAll() },
      );
      this.listening = listening;
      // A failed LISTEN is retried by the next connection.
      listening.catch(() => {
        if (this.listening === listening) this.listening = undefined;
      });
    }
    return this.listening;
  }

  private onNotify(payload: string): void {
    const note = parseNote(payload);
    if (!note || !this.byUser.has(note.user_id)) return;
    this.pending.push(note);
    this.flushing ??= this.flush();
  }

  /** Fetches notified rows in batches, one batch at a time so each user's events stay in order. */
  private async flush(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (this.pending.length > 0) {
        const notes = this.pending.splice(0, 500);
        let rows: EventRow[];
        try {
          rows = await eventsByIds(this.database.db, [...new Set(notes.map((n) => n.id))]);
        } catch (err) {
          // The rows stay in the table: dropping the streams makes the clients replay them.
          this.options.log?.warn({ err }, 'could not fetch real-time events');
          for (const userId of new Set(notes.map((n) => n.user_id))) this.closeUser(userId);
          continue;
        }
        this.deliver(rows);
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private deliver(rows: EventRow[]): void {
    const byUser = new Map<string, EventRow[]>();
    for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
    for (const [userId, userRows] of byUser) {
      for (const conn of this.byUser.get(userId) ?? []) {
        if (conn.buffer) {
          conn.buffer.push(...userRows);
          continue;
        }
        const fresh = userRows.filter((row) => !this.seen(conn, row.id));
        if (fresh.length > 0) conn.sink.send(fresh);
      }
    }
  }

  private dropAll(): void {
    for (const userId of [...this.byUser.keys()]) this.closeUser(userId);
  }

  private closeUser(userId: string): void {
    for (const conn of [...(this.byUser.get(userId) ?? [])]) {
      this.remove(conn);
      conn.sink.close();
    }
  }

  private remove(conn: Connection): void {
    const set = this.byUser.get(conn.userId);
    if (!set?.delete(conn)) return;
    if (set.size === 0) this.byUser.delete(conn.userId);
  }
}
