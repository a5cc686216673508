import { describe, expect, it } from 'vitest';
import { HOME_PATH, safeRedirect, signInPath } from './redirect';

describe('safeRedirect', () => {
  it.each(['/settings', '/habits?view=week', '/focus#timer', '/', '/ideas?tag=日本'])('keeps the path %s', (path) => {
    expect(safeRedirect(path)).toBe(path);
  });

  it.each([
    '//evil.example',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'settings',
    '/with space',
    '/with\u0001control',
    '/with\u0085control',
    '',
    null,
    undefined,
    `/${'a'.repeat(600)}`,
  ])('refuses %s', (value) => {
    expect(safeRedirect(value)).toBe(HOME_PATH);
  });

  it('never sends the user back to the sign-in or terms page', () => {
    expect(safeRedirect('/sign-in?redirect=/x')).toBe(HOME_PATH);
    expect(safeRedirect('/terms')).toBe(HOME_PATH);
  });
});

describe('signInPath', () => {
  it('carries a safe return path and drops an unsafe one', () => {
    expect(signInPath('/goals?id=1')).toBe('/sign-in?redirect=%2Fgoals%3Fid%3D1');
    expect(signInPath('//evil.example')).toBe('/sign-in');
  });
});
