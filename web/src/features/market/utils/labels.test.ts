import { describe, expect, it } from 'vitest';
import { availability, refusalText } from './labels';

describe('refusalText', () => {
  const priced = { cost_coins: 150, level_required: 5 };

  it('says each refusal in words', () => {
    expect(refusalText('level_required', priced, 0)).toBe('Level 5 required');
    expect(refusalText('insufficient_coins', priced, 110)).toBe('40 coins away');
    expect(refusalText('insufficient_coins', priced, 149)).toBe('1 coin away');
    expect(refusalText('out_of_stock', priced, 500)).toBe('Sold out');
    expect(refusalText('not_available', priced, 500)).toBe('Not on sale');
    expect(refusalText('limit_reached', priced, 500)).toBe('Daily limit reached');
  });

  it('does not count a negative distance when the balance it was refused against has since grown', () => {
    expect(refusalText('insufficient_coins', priced, 200)).toBe('Not enough coins');
  });

  it('reads thousands with separators', () => {
    expect(refusalText('insufficient_coins', { cost_coins: 2500 }, 100)).toBe('2,400 coins away');
  });
});

describe('availability', () => {
  it('says "Can afford" when nothing refuses, and the refusal otherwise', () => {
    expect(availability({ cost_coins: 60, refusal: null }, 100)).toEqual({ canBuy: true, text: 'Can afford' });
    expect(availability({ cost_coins: 160, refusal: 'insufficient_coins' }, 100)).toEqual({
      canBuy: false,
      text: '60 coins away',
    });
  });
});
