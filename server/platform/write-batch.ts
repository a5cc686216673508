import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { insertEvents, notifyEach, type Publication } from './events';

/**
 * Writes gathered while a unit of work decides, sent as one statement when it is done: each
 * write becomes a data-modifying CTE (`with w0 as (insert …), w1 as (update …) …`) and the
 * events to publish come last, in order, with their NOTIFY. A reward that touches ten tables
 * costs one round trip instead of ten.
 *
 * PostgreSQL runs the parts on one snapshot and in no set order, so no part may depend on what
 * another writes, and no two parts may modify the same row (merge those first). Foreign keys
 * are checked at the end of the statement, so a row and the rows pointing at it may go together.
 */
export class WriteBatch {
  private writes: SQL[] = [];
  private events: Publication[] = [];

  constructor(private readonly userId: string) {}

  /** Queues writes: query builders (not awaited) or SQL statements. */
  write(...queries: SQLWrapper[]): void {
    for (const q of queries) this.writes.push(q.getSQL());
  }

  /** Queues events for the batch's user, published after the writes, in the order queued. */
  publish(...events: Publication[]): void {
    this.events.push(...events);
  }

  /** Sends everything queued as one statement and empties the batch. */
  async flush(db: DbOrTx): Promise<void> {
    const writes = this.writes;
    const events = this.events;
    this.writes = [];
    this.events = [];
    if (writes.length === 0 && events.length === 0) return;
    if (writes.length === 1 && events.length === 0) {
      await db.execute(writes[0] as SQL);
      return;
    }
    const parts = writes.map((w, i) => sql`${sql.identifier(`w${i}`)} as (${w})`);
    if (events.length > 0) parts.push(sql`published as (${insertEvents(this.userId, events)})`);
    await db.execute(
      sql`with ${sql.join(parts, sql`, `)} ${events.length > 0 ? notifyEach('published') : sql`select 1`}`,
    );
  }
}
