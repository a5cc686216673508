import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '@/lib/query-client';
import { settingsKeys } from '@/lib/query-keys';
import { useSettings } from '@/lib/settings';
import { afterClick, holdApi, json } from '@/test/held-api';
import { UnitsSection } from './units-section';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Units() {
  const settings = useSettings();
  return settings.data ? <UnitsSection weightUnit={settings.data.weight_unit} /> : null;
}

describe('Units', () => {
  it('chooses pounds in the click itself and saves the weight unit', async () => {
    let unit = 'kg';
    const api = holdApi(({ method, body }) => {
      if (method === 'GET') return json({ data: { weight_unit: unit } });
      unit = (body as { value: string }).value;
      return json({ data: { key: 'weight_unit', value: unit } });
    });
    const client = createQueryClient();
    render(
      <QueryClientProvider client={client}>
        <Units />
      </QueryClientProvider>,
    );
    await api.answer();
    const radio = (name: string) => screen.getByRole<HTMLInputElement>('radio', { name });
    expect(radio('Kilograms (kg)').checked).toBe(true);

    await afterClick(radio('Pounds (lb)'), () => expect(radio('Pounds (lb)').checked).toBe(true));
    expect(api.calls).toContain('PUT /api/settings/weight_unit {"value":"lb"}');
    await api.answer();
    await api.answer();
    expect(client.getQueryData(settingsKeys.all)).toMatchObject({ weight_unit: 'lb' });
  });
});
