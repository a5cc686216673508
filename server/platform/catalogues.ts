import type { Database, DbOrTx } from '../db/client';

/**
 * Catalogue tables (achievement definitions, universal quests, skills…) are read by nearly every
 * request and changed by an administrator now and then. Each instance keeps what it read of
 * them; a trigger on each table notifies `cadence_catalogue` with the table's name when it
 * changes (migration 0004_catalogue_changes_notify), and every copy read from that table is read
 * again on next use. While the LISTEN connection is down nothing is kept.
 */
export const CATALOGUE_CHANNEL = 'cadence_catalogue';

/** What a module reads of its catalogue tables, and from which tables it reads it. */
export interface Catalogue<T> {
  readonly name: string;
  readonly tables: readonly string[];
  load(db: DbOrTx): Promise<T>;
}

export const defineCatalogue = <T>(
  name: string,
  tables: readonly string[],
  load: (db: DbOrTx) => Promise<T>,
): Catalogue<T> => ({ name, tables, load });

export class Catalogues {
  private readonly copies = new Map<Catalogue<unknown>, unknown>();
  /** Moved by every change heard; a read remembers when it began, and is not kept if one came after. */
  private generation = 0;
  private heard = false;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly database: Database) {}

  /** Starts hearing changes; until then (and while the connection is down) every read goes to the database. */
  async start(): Promise<void> {
    this.unlisten = await this.database.listen(CATALOGUE_CHANNEL, (table) => this.changed(table), {
      lost: () => this.setHeard(false),
      restored: () => this.setHeard(true),
    });
    this.setHeard(true);
  }

  async close(): Promise<void> {
    await this.unlisten?.();
  }

  /**
   * The catalogue's rows, from this instance's copy or read now. Pass the transaction when
   * called inside one (on the embedded database the outer handle would wait for it).
   */
  async get<T>(catalogue: Catalogue<T>, db: DbOrTx = this.database.db): Promise<T> {
    if (this.copies.has(catalogue)) return this.copies.get(catalogue) as T;
    const began = this.generation;
    const value = await catalogue.load(db);
    if (this.heard && began === this.generation) this.copies.set(catalogue, value);
    return value;
  }

  /** A table changed (or `*`: any may have): its catalogues are read again on next use. */
  changed(table: string): void {
    this.generation++;
    for (const catalogue of [...this.copies.keys()]) {
      if (table === '*' || catalogue.tables.includes(table)) this.copies.delete(catalogue);
    }
  }

  private setHeard(heard: boolean): void {
    this.heard = heard;
    this.changed('*');
  }
}
