import type { DbOrTx } from '../../db/client';
import type { Ctx } from '../../platform/access';
import { AppError, badRequest } from '../../platform/errors';
import { scopeOf } from '../../platform/facts';
import type { WriteBatch } from '../../platform/write-batch';
import { Account } from './account.service';

/** A market movement of coins: its ledger key is unique per user, so it moves them once. */
export interface Movement {
  coins: number;
  /** `purchase:<id>`, `refund:<id>`: the market's own keys. */
  idempotency_key: string;
  reason: string;
  source_id?: string | null;
}

const MARKET_KEY = /^(purchase|refund):[0-9a-f-]{36}$/;

function checkMovement(m: Movement): void {
  if (!Number.isSafeInteger(m.coins) || m.coins < 0) throw badRequest('Coins to move must be a whole number ≥ 0.');
  if (!MARKET_KEY.test(m.idempotency_key)) throw new Error(`not a market ledger key: ${m.idempotency_key}`);
}

/**
 * The market's unit of work on one user's coins. `open` takes the user's account lock (the game
 * layer's order: progress, then wallet), so what the market checks under it (the level, the
 * balance, a daily limit, an idempotency key) stays true until `close`, and a purchase of the
 * same user waits its turn. The market queues its own rows with `write`; `close` sends them with
 * the ledger row and the account's new sums as one statement.
 */
export class Wallet {
  private constructor(private readonly account: Account) {}

  static async open(tx: DbOrTx, ctx: Ctx): Promise<Wallet> {
    return new Wallet(await Account.open(tx, ctx, { keys: [], day: scopeOf(ctx).day }));
  }

  get level(): number {
    return this.account.level;
  }

  get balance(): number {
    return this.account.balance;
  }

  /** Takes coins for a purchase: 409 `insufficient_coins` rather than a negative balance. */
  spend(m: Movement): { ledger_id: string } {
    checkMovement(m);
    if (m.coins > this.account.balance) {
      throw new AppError('insufficient_coins', 'You do not have enough coins for that.', undefined, 409);
    }
    return this.move(-m.coins, m);
  }

  /** Gives back what a purchase cost (a refund lowers the coins spent, not the coins earned). */
  refund(m: Movement): { ledger_id: string } {
    checkMovement(m);
    return this.move(m.coins, m);
  }

  private move(coins: number, m: Movement): { ledger_id: string } {
    const since = this.account.standing;
    const row = this.account.pay({
      event_type: coins < 0 ? 'purchase' : 'refund',
      idempotency_key: m.idempotency_key,
      xp: 0,
      coins,
      source_id: m.source_id ?? null,
      reason: m.reason.slice(0, 200),
      kind: 'spend',
    });
    this.account.announce(
      coins < 0 ? 'purchase' : 'refund',
      { xp: 0, coins, skill: null, activity_event_id: null },
      [],
      since,
    );
    return { ledger_id: row.id };
  }

  /** Queues the market's own writes into the closing statement. */
  write(...queries: Parameters<WriteBatch['write']>): void {
    this.account.writes.write(...queries);
  }

  /** Sends the ledger rows, the account's sums, the market's writes and the events. */
  close(): Promise<void> {
    return this.account.close();
  }
}
