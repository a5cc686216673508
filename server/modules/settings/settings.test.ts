import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingKeys, settingsRegistry } from '#common/settings';
import { signUp } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/harness';
import { user_settings } from './settings.tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/settings', () => {
  it('returns every key, with the default where nothing is stored', async () => {
    const user = await signUp(t);
    await user.inject({ method: 'PUT', url: '/api/settings/theme', payload: { value: 'dark' } });
    const res = await user.inject({ method: 'GET', url: '/api/settings' });
    expect(res.statusCode).toBe(200);
    const data = res.json().data;
    expect(Object.keys(data).sort()).toEqual([...settingKeys].sort());
    expect(data.theme).toBe('dark');
    expect(data.focus_defaults).toEqual(settingsRegistry.focus_defaults.default);
    expect(data.daily_reminder_time).toBeNull();
  });

  it('falls back to the default for a stored value the registry no longer accepts', async () => {
    const user = await signUp(t);
    await t.database.db.insert(user_settings).values({ user_id: user.id, key: 'accent', value: 'plaid' });
    const res = await user.inject({ method: 'GET', url: '/api/settings' });
    expect(res.statusCode).toBe(200);
    expect(res.json().data.accent).toBe('violet');
  });
});

describe('GET/PUT/DELETE /api/settings/:key', () => {
  it('stores a valid value, reads it back, and resets it to the default', async () => {
    const user = await signUp(t);
    const value = { focus_minutes: 50, short_break_minutes: 10, long_break_minutes: 20, sessions_before_long_break: 3 };
    const put = await user.inject({ method: 'PUT', url: '/api/settings/focus_defaults', payload: { value } });
    expect(put.statusCode).toBe(200);
    expect(put.json().data).toEqual({ key: 'focus_defaults', value });
    expect((await user.inject({ method: 'GET', url: '/api/settings/focus_defaults' })).json().data.value).toEqual(
      value,
    );

    const del = await user.inject({ method: 'DELETE', url: '/api/settings/focus_defaults' });
    expect(del.statusCode).toBe(204);
    expect(del.body).toBe('');
    const after = await user.inject({ method: 'GET', url: '/api/settings/focus_defaults' });
    expect(after.json().data.value).toEqual(settingsRegistry.focus_defaults.default);
  });

  it('accepts null where the registry allows it', async () => {
    const user = await signUp(t);
    await user.inject({ method: 'PUT', url: '/api/settings/daily_reminder_time', payload: { value: '07:30' } });
    const res = await user.inject({
      method: 'PUT',
      url: '/api/settings/daily_reminder_time',
      payload: { value: null },
    });
    expect(res.statusCode).toBe(200);
    expect(
      (await user.inject({ method: 'GET', url: '/api/settings/daily_reminder_time' })).json().data.value,
    ).toBeNull();
  });

  it('answers 404 for an unknown key', async () => {
    const user = await signUp(t);
    expect((await user.inject({ method: 'GET', url: '/api/settings/nope' })).statusCode).toBe(404);
    expect((await user.inject({ method: 'PUT', url: '/api/settings/nope', payload: { value: 1 } })).statusCode).toBe(
      404,
    );
    expect((await user.inject({ method: 'DELETE', url: '/api/settings/__proto__' })).statusCode).toBe(404);
  });

  it('answers 422 with details for a value the registry refuses', async () => {
    const user = await signUp(t);
    const cases = [
      ['accent', 'plaid', 'body.value'],
      ['reduced_motion', 'yes', 'body.value'],
      ['daily_reminder_time', '25:00', 'body.value'],
      ['focus_defaults', { focus_minutes: 0 }, 'body.value.focus_minutes'],
      ['module_weights', { habits: 9 }, 'body.value.habits'],
    ] as const;
    for (const [key, value, path] of cases) {
      const res = await user.inject({ method: 'PUT', url: `/api/settings/${key}`, payload: { value } });
      expect(res.statusCode, key).toBe(422);
      expect(res.json().error.code).toBe('validation_error');
      expect(
        res.json().error.details.map((d: { path: string }) => d.path),
        key,
      ).toContain(path);
    }
  });

  it('answers 422 for a body without value or with other fields', async () => {
    const user = await signUp(t);
    expect((await user.inject({ method: 'PUT', url: '/api/settings/theme', payload: {} })).statusCode).toBe(422);
    const extra = await user.inject({ method: 'PUT', url: '/api/settings/theme', payload: { value: 'dark', x: 1 } });
    expect(extra.statusCode).toBe(422);
  });

  it('keeps each user’s settings to themselves', async () => {
    const a = await signUp(t);
    const b = await signUp(t);
    await a.inject({ method: 'PUT', url: '/api/settings/accent', payload: { value: 'teal' } });
    expect((await b.inject({ method: 'GET', url: '/api/settings/accent' })).json().data.value).toBe('violet');
    await b.inject({ method: 'DELETE', url: '/api/settings/accent' });
    expect((await a.inject({ method: 'GET', url: '/api/settings/accent' })).json().data.value).toBe('teal');
  });
});
