import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { settingsKeys } from '@/lib/query-keys';
import { afterClick, holdApi, json } from '@/test/held-api';
import { AppearanceSection } from './appearance-section';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('Appearance', () => {
  it('selects an accent in the click itself and saves it, or puts the old one back if refused', async () => {
    let refuse = false;
    let accent = 'violet';
    const api = holdApi(({ method, body }) => {
      if (method === 'GET') return json({ data: { theme: 'system', accent } });
      if (refuse) return json({ error: { code: 'internal', message: 'Could not save.' } }, 500);
      accent = (body as { value: string }).value;
      return json({ data: { key: 'accent', value: accent } });
    });
    const client = createQueryClient();
    render(
      <QueryClientProvider client={client}>
        <AppearanceSection />
      </QueryClientProvider>,
    );
    await api.answer();
    const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });
    expect(radio('Violet').checked).toBe(true);

    await afterClick(radio('Teal'), () => expect(radio('Teal').checked).toBe(true));
    expect(api.calls).toContain('PUT /api/settings/accent {"value":"teal"}');
    await api.answer();
    await api.answer();
    expect(client.getQueryData(settingsKeys.all)).toMatchObject({ accent: 'teal' });
    expect(radio('Teal').checked).toBe(true);

    refuse = true;
    await afterClick(radio('Rose'), () => expect(radio('Rose').checked).toBe(true));
    await api.answer();
    expect(radio('Rose').checked).toBe(false);
    expect(radio('Teal').checked).toBe(true);
  });
});
