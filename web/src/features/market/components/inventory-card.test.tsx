import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { gamificationKeys, marketKeys, settingsKeys } from '@/lib/query-keys';
import { purchase } from '../test-data';
import { InventoryCard } from './inventory-card';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const boost = purchase();
const gaming = purchase({
  item: null,
  personal_reward_id: crypto.randomUUID(),
  title: 'An hour of gaming',
  icon: null,
});
const ocean = purchase({
  item: {
    key: 'theme_ocean',
    name: 'Ocean',
    category: 'theme',
    rarity: 'common',
    icon: 'palette',
    effect: { type: 'theme', theme: 'theme_ocean' },
  },
  title: 'Ocean',
  cost_coins: 150,
  can_redeem: false,
  can_equip: true,
});
const frame = purchase({
  item: {
    key: 'avatar_frame_gold',
    name: 'Gold Frame',
    category: 'cosmetic',
    rarity: 'epic',
    icon: 'user-round',
    effect: { type: 'avatar', slot: 'frame', asset: 'gold' },
  },
  title: 'Gold Frame',
  state: 'equipped',
  can_redeem: false,
  can_equip: true,
});
const expired = purchase({
  state: 'expired',
  can_redeem: false,
  redeemed_at: '2026-05-01T09:00:00.000Z',
  expires_at: '2026-05-01T10:00:00.000Z',
});

function setup() {
  const sent: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      sent.push(`${method} ${url}${typeof init?.body === 'string' ? ` ${init.body}` : ''}`);
      if (method === 'GET') {
        const state = new URL(url, 'http://x').searchParams.get('state');
        const all = [boost, gaming, ocean, frame, expired];
        return json({ data: all.filter((p) => !state || p.state === state), page: { limit: 20, next_cursor: null } });
      }
      const id = url.split('/')[4];
      const p = [boost, gaming, ocean, frame].find((x) => x.id === id);
      if (url.endsWith('/redeem')) return json({ data: { ...p, state: 'redeemed', can_redeem: false } });
      return json({ data: { ...p, state: JSON.parse(String(init?.body)).equipped ? 'equipped' : 'active' } });
    }),
  );
  const client = createQueryClient();
  const spy = vi.spyOn(client, 'invalidateQueries');
  const invalidated = {
    keys: () => spy.mock.calls.map(([filters]) => filters?.queryKey),
  };
  render(
    <QueryClientProvider client={client}>
      <InventoryCard />
    </QueryClientProvider>,
  );
  return { sent, invalidated };
}

describe('InventoryCard', () => {
  it('offers Redeem on a boost, Enjoy on a personal reward, Equip and Take off on what is worn', async () => {
    setup();
    const card = await screen.findByRole('region', { name: 'Inventory' });
    await within(card).findByText('An hour of gaming');
    expect(within(card).getByRole('button', { name: 'Redeem XP Boost (1 hour)' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Enjoy An hour of gaming' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Equip Ocean' })).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Take off Gold Frame' })).toBeTruthy();
    const row = card.querySelector('[data-state="expired"]') as HTMLElement;
    expect(row.textContent).toContain('Expired');
    expect(within(row).queryByRole('button')).toBeNull();
  });

  it('equips a theme, then refreshes the market, the game numbers and the settings that carry the theme', async () => {
    const { sent, invalidated } = setup();
    const card = await screen.findByRole('region', { name: 'Inventory' });
    fireEvent.click(await within(card).findByRole('button', { name: 'Equip Ocean' }));
    await waitFor(() => expect(sent).toContain(`POST /api/market/purchases/${ocean.id}/equip {"equipped":true}`));
    await waitFor(() => expect(invalidated.keys()).toContainEqual(settingsKeys.all));
    expect(invalidated.keys()).toContainEqual(marketKeys.all);
    expect(invalidated.keys()).toContainEqual(gamificationKeys.summary);

    fireEvent.click(within(card).getByRole('button', { name: 'Take off Gold Frame' }));
    await waitFor(() => expect(sent).toContain(`POST /api/market/purchases/${frame.id}/equip {"equipped":false}`));
  });

  it('filters by state', async () => {
    const { sent } = setup();
    const card = await screen.findByRole('region', { name: 'Inventory' });
    await within(card).findByText('Ocean');
    fireEvent.click(within(card).getByRole('radio', { name: 'Expired' }));
    await waitFor(() => expect(sent.some((s) => s.includes('state=expired'))).toBe(true));
    await waitFor(() => expect(within(card).queryByText('Ocean')).toBeNull());
    expect(within(card).getAllByRole('listitem')).toHaveLength(1);
  });
});
