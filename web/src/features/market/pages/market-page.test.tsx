import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import type { MarketPageWire } from '../api/types';
import { item, marketPage, purchase, reward, userReward } from '../test-data';
import { MarketPage } from './market-page';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

interface Sent {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

/** A fake market API: the page, an empty inventory and history, and `onPost` for writes. */
function fakeApi(page: MarketPageWire, onPost: (sent: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const path = url.split('?')[0] ?? '';
      const request: Sent = {
        method,
        path,
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
        headers: (init?.headers ?? {}) as Record<string, string>,
      };
      sent.push(request);
      if (method !== 'GET') return onPost(request);
      if (path === '/api/market') return json({ data: page });
      if (path === '/api/market/purchases') return json({ data: [], page: { limit: 20, next_cursor: null } });
      if (path === '/api/market/wallet')
        return json({ data: { ...page.wallet, transactions: [] }, page: { limit: 20, next_cursor: null } });
      return json({ error: { code: 'not_found', message: 'Not found.' } }, 404);
    }),
  );
  return { sent, posts: () => sent.filter((s) => s.method !== 'GET') };
}

function renderPage() {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  render(
    <QueryClientProvider client={client}>
      <MarketPage />
    </QueryClientProvider>,
  );
  return client;
}

const bought = (key: string) => ({
  data: { purchase: purchase({ item: null, title: key, state: 'active' }), balance: 50 },
});

describe('MarketPage', () => {
  it('shows each item with its price, what is owned, and whether it can be bought or why not', async () => {
    fakeApi(marketPage(), () => json({}));
    renderPage();
    const themes = await screen.findByRole('region', { name: 'Themes' });
    const ocean = within(themes).getByRole('listitem');
    expect(ocean.textContent).toContain('150 coins');
    expect(ocean.textContent).toContain('Common');
    expect(within(ocean).getByTestId('item-status').textContent).toBe('Can afford');

    const boosts = screen.getByRole('region', { name: 'Boosts' });
    expect(boosts.textContent).toContain('Boosts do not stack: the strongest running boost applies.');
    expect(within(boosts).getByText('Owned ×2')).toBeTruthy();

    const cosmetics = screen.getByRole('region', { name: 'Cosmetics' });
    const gold = within(cosmetics).getByRole('button', { name: 'Buy Gold Frame' }) as HTMLButtonElement;
    expect(gold.disabled).toBe(true);
    expect(within(cosmetics).getByTestId('item-status').textContent).toBe('Level 5 required');
    expect(screen.getByTestId('market-balance').textContent).toBe('200 coins');
  });

  it('asks before buying, and buys once with an Idempotency-Key only when confirmed', async () => {
    const api = fakeApi(marketPage(), () => json(bought('Ocean'), 201));
    renderPage();
    const themes = await screen.findByRole('region', { name: 'Themes' });
    fireEvent.click(within(themes).getByRole('button', { name: 'Buy Ocean' }));

    const dialog = screen.getByRole('dialog', { name: 'Buy Ocean?' });
    expect(dialog.textContent).toContain('150 coins. You have 200 coins; 50 coins left after.');
    expect(api.posts()).toHaveLength(0);

    // "Not now" has the focus and closes without buying.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.posts()).toHaveLength(0);

    fireEvent.click(within(themes).getByRole('button', { name: 'Buy Ocean' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Buy for 150 coins' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.posts()).toHaveLength(1);
    const [post] = api.posts();
    expect(post?.path).toBe('/api/market/purchase');
    expect(post?.body).toEqual({ item_key: 'theme_ocean' });
    expect(post?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows a refusal in the dialog, and a later attempt is a new purchase', async () => {
    const api = fakeApi(marketPage(), () =>
      json({ error: { code: 'insufficient_coins', message: 'You need 40 more coins for this.' } }, 409),
    );
    renderPage();
    const themes = await screen.findByRole('region', { name: 'Themes' });
    fireEvent.click(within(themes).getByRole('button', { name: 'Buy Ocean' }));
    const dialog = screen.getByRole('dialog', { name: 'Buy Ocean?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Buy for 150 coins' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('You need 40 more coins for this.');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Buy for 150 coins' }));
    await waitFor(() => expect(api.posts()).toHaveLength(2));
    const [first, second] = api.posts();
    expect(second?.headers['idempotency-key']).not.toBe(first?.headers['idempotency-key']);
  });

  it('retries a purchase whose answer was lost with the same Idempotency-Key', async () => {
    let fail = true;
    const api = fakeApi(marketPage(), () => {
      if (fail) {
        fail = false;
        throw new TypeError('Failed to fetch');
      }
      return json(bought('Ocean'), 201);
    });
    renderPage();
    const themes = await screen.findByRole('region', { name: 'Themes' });
    fireEvent.click(within(themes).getByRole('button', { name: 'Buy Ocean' }));
    const dialog = screen.getByRole('dialog', { name: 'Buy Ocean?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Buy for 150 coins' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('Cannot reach the server');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [first, second] = api.posts();
    expect(second?.headers['idempotency-key']).toBe(first?.headers['idempotency-key']);

    // Buying it again later is a new purchase.
    fireEvent.click(within(themes).getByRole('button', { name: 'Buy Ocean' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Buy for 150 coins' }));
    await waitFor(() => expect(api.posts()).toHaveLength(3));
    expect(api.posts()[2]?.headers['idempotency-key']).not.toBe(first?.headers['idempotency-key']);
  });

  it('buys a personal reward by its id and claims a granted reward', async () => {
    const gaming = reward({ daily_limit: 1, bought_today: 1, refusal: 'limit_reached', can_afford: true });
    const coffee = reward({ title: 'A good coffee', cost_coins: 30, icon: 'coffee' });
    const granted = userReward();
    const api = fakeApi(marketPage({ rewards: [gaming, coffee], unclaimed: [granted] }), ({ path }) =>
      path.endsWith('/claim')
        ? json({ data: { reward: { ...granted, claimed_at: new Date().toISOString() }, purchase: purchase() } })
        : json(bought('A good coffee'), 201),
    );
    renderPage();
    const mine = await screen.findByRole('region', { name: 'Your rewards' });
    expect((within(mine).getByRole('button', { name: 'Buy An hour of gaming' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(mine.textContent).toContain('Daily limit reached');

    fireEvent.click(within(mine).getByRole('button', { name: 'Buy A good coffee' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Buy A good coffee?' })).getByRole('button', {
        name: 'Buy for 30 coins',
      }),
    );
    await waitFor(() => expect(api.posts()).toHaveLength(1));
    expect(api.posts()[0]?.body).toEqual({ reward_id: coffee.id });

    const claim = screen.getByRole('region', { name: 'Rewards to claim' });
    fireEvent.click(within(claim).getByRole('button', { name: 'Claim Level 5 reward' }));
    await waitFor(() => expect(api.posts()).toHaveLength(2));
    expect(api.posts()[1]?.path).toBe(`/api/market/user-rewards/${granted.id}/claim`);
  });

  it('shows the featured items first and the suggestions with their reason', async () => {
    const shield = item({
      key: 'streak_shield',
      name: 'Streak Shield',
      category: 'streak_shield',
      cost_coins: 200,
      is_consumable: true,
      is_featured: true,
    });
    fakeApi(
      marketPage({
        featured: [shield],
        recommendations: [
          { item: item({ name: 'Vinyl', key: 'theme_vinyl', cost_coins: 220 }), reason: '20 coins away', score: 1 },
        ],
      }),
      () => json({}),
    );
    renderPage();
    const featured = await screen.findByRole('region', { name: 'Featured' });
    expect(within(featured).getByRole('heading', { name: 'Streak Shield' })).toBeTruthy();
    const suggested = screen.getByRole('region', { name: 'Suggested for you' });
    expect(suggested.textContent).toContain('20 coins away');
  });
});
