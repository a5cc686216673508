import { describe, expect, it } from 'vitest';
import { type Candidate, itemRefusal, levelGrantsBetween, purchaseState, recommend, rewardRefusal } from './market';

const now = new Date('2026-06-01T12:00:00Z');
const terms = {
  cost_coins: 100,
  stock: null,
  is_active: true,
  available_from: null,
  available_until: null,
  level_required: 1,
};
const item = (key: string, over: Partial<Candidate> = {}): Candidate => ({
  ...terms,
  key,
  name: key,
  category: 'theme',
  is_consumable: false,
  owned: 0,
  ...over,
});
const facts = { balance: 0, level: 1, now, daily_streak: 0, shields_held: 0, bought: [] };

describe('itemRefusal', () => {
  it('checks availability, then level, then stock, then coins', () => {
    const at = { level: 1, balance: 0, now };
    expect(itemRefusal({ ...terms, is_active: false, level_required: 9 }, at)).toBe('not_available');
    expect(itemRefusal({ ...terms, available_from: new Date(now.getTime() + 1) }, at)).toBe('not_available');
    expect(itemRefusal({ ...terms, available_until: now }, at)).toBe('not_available');
    expect(itemRefusal({ ...terms, level_required: 2, stock: 0 }, at)).toBe('level_required');
    expect(itemRefusal({ ...terms, stock: 0 }, at)).toBe('out_of_stock');
    expect(itemRefusal(terms, at)).toBe('insufficient_coins');
    expect(itemRefusal(terms, { ...at, balance: 100 })).toBeNull();
  });

  it('a personal reward stops at its daily limit before coins are counted', () => {
    expect(rewardRefusal({ cost_coins: 50, daily_limit: 2 }, { balance: 0, boughtToday: 2 })).toBe('limit_reached');
    expect(rewardRefusal({ cost_coins: 50, daily_limit: 2 }, { balance: 0, boughtToday: 1 })).toBe(
      'insufficient_coins',
    );
    expect(rewardRefusal({ cost_coins: 50, daily_limit: null }, { balance: 50, boughtToday: 9 })).toBeNull();
  });
});

describe('purchaseState', () => {
  it('reads a boost past its expiry as expired, and a worn cosmetic as equipped', () => {
    const base = { category: 'boost' as const, equipped_at: null, expires_at: null };
    expect(purchaseState({ ...base, status: 'redeemed', expires_at: new Date(now.getTime() + 1) }, now)).toBe(
      'redeemed',
    );
    expect(purchaseState({ ...base, status: 'redeemed', expires_at: now }, now)).toBe('expired');
    expect(purchaseState({ ...base, status: 'redeemed' }, now)).toBe('redeemed');
    expect(purchaseState({ ...base, status: 'purchased', equipped_at: now }, now)).toBe('equipped');
    expect(purchaseState({ ...base, status: 'purchased' }, now)).toBe('active');
    expect(purchaseState({ ...base, status: 'consumed' }, now)).toBe('consumed');
  });
});

describe('levelGrantsBetween', () => {
  it('lists every granting level passed by one jump, lowest first', () => {
    expect(levelGrantsBetween(4, 11).map(([level]) => level)).toEqual([5, 10]);
    expect(levelGrantsBetween(5, 9)).toEqual([]);
  });
});

describe('recommend', () => {
  it('says how far an almost affordable item is, closer first, and skips what is far or held', () => {
    const got = recommend(
      [
        item('near', { cost_coins: 120 }),
        item('nearer', { cost_coins: 105 }),
        item('far', { cost_coins: 900 }),
        item('held', { cost_coins: 110, owned: 1 }),
      ],
      { ...facts, balance: 100 },
    );
    expect(got.map((s) => [s.key, s.reason])).toEqual([
      ['nearer', '5 coins away'],
      ['near', '20 coins away'],
    ]);
  });

  it('suggests affordable items like the latest bought in their category', () => {
    const got = recommend(
      [item('theme_a', { cost_coins: 50 }), item('boost_b', { cost_coins: 50, category: 'boost' })],
      {
        ...facts,
        balance: 100,
        bought: [{ category: 'theme', name: 'Ocean' }],
      },
    );
    expect(got).toEqual([{ key: 'theme_a', reason: 'Like Ocean, which you bought', score: 0.6 }]);
  });

  it('suggests a shield for a long streak with none held, before anything else', () => {
    const shield = item('streak_shield', { category: 'streak_shield', is_consumable: true, cost_coins: 50 });
    const got = recommend([shield, item('theme_a', { cost_coins: 120 })], { ...facts, balance: 100, daily_streak: 12 });
    expect(got[0]).toMatchObject({ key: 'streak_shield', reason: 'Protects your 12-day streak' });
    expect(recommend([shield], { ...facts, balance: 100, daily_streak: 12, shields_held: 1 })).toEqual([]);
    expect(recommend([shield], { ...facts, balance: 100, daily_streak: 3 })).toEqual([]);
  });
});
