import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { purchase } from '@/features/market/test-data';
import { avatarCosmetics } from './use-equipped-avatar';
import { Avatar, cosmeticsText } from './user-menu';

afterEach(cleanup);

const cosmetic = (slot: string, asset: string, state: 'equipped' | 'active' = 'equipped') =>
  purchase({
    item: {
      key: `avatar_${slot}_${asset}`,
      name: asset,
      category: 'cosmetic',
      rarity: 'rare',
      icon: 'user-round',
      effect: { type: 'avatar', slot, asset },
    },
    state,
  });

describe('the avatar', () => {
  it('wears the equipped frame, badge and background, and nothing that is only held', () => {
    const worn = avatarCosmetics([
      cosmetic('frame', 'gold'),
      cosmetic('badge', 'headphones'),
      cosmetic('background', 'aurora', 'active'),
      purchase({ state: 'equipped' }), // not a cosmetic
    ]);
    expect(worn).toEqual({ frame: 'gold', badge: 'headphones', background: null });
    expect(cosmeticsText(worn)).toBe('a gold frame and a headphones badge');

    render(<Avatar name="Ada Lovelace" worn={worn} />);
    const avatar = screen.getByTestId('avatar');
    expect(avatar.dataset.frame).toBe('gold');
    expect(avatar.dataset.badge).toBe('headphones');
    expect(avatar.querySelector('svg')).toBeTruthy();
  });

  it('is plain initials with nothing equipped', () => {
    const worn = avatarCosmetics([]);
    expect(cosmeticsText(worn)).toBe('');
    render(<Avatar name="Ada Lovelace" worn={worn} />);
    expect(screen.getByTestId('avatar').textContent).toBe('AL');
    expect(screen.getByTestId('avatar').querySelector('svg')).toBeNull();
  });
});
