import { afterEach, describe, expect, it, vi } from 'vitest';
import themeInit from '../../public/theme-init.js?raw';
import { applyAppearance, purchasedThemes, resolveScheme } from './appearance';

const root = document.documentElement;

function prefersDark(dark: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query.includes('dark'),
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  root.className = '';
  delete root.dataset.theme;
});

describe('purchased themes', () => {
  it('set data-theme on <html> and follow the device for light or dark', () => {
    prefersDark(true);
    applyAppearance('theme_ocean', 'violet');
    expect(root.dataset.theme).toBe('theme_ocean');
    expect(root.classList.contains('dark')).toBe(true);
    expect(resolveScheme('theme_ocean', false)).toBe('light');

    applyAppearance('light', 'violet');
    expect(root.dataset.theme).toBeUndefined();
    expect(root.classList.contains('dark')).toBe(false);
    applyAppearance('theme_forest', 'teal');
    applyAppearance('system', 'teal');
    expect(root.dataset.theme).toBeUndefined();
  });

  it('leave data-theme off for a theme key without a palette', () => {
    prefersDark(false);
    applyAppearance('theme_unknown', 'violet');
    expect(root.dataset.theme).toBeUndefined();
  });

  it('are applied before the first paint by theme-init.js, every one of them', () => {
    for (const dark of [false, true]) {
      prefersDark(dark);
      for (const theme of Object.keys(purchasedThemes)) {
        localStorage.setItem('cadence.theme', theme);
        new Function(themeInit)();
        expect(root.dataset.theme).toBe(theme);
        expect(root.classList.contains('dark')).toBe(dark);
      }
      localStorage.setItem('cadence.theme', 'dark');
      new Function(themeInit)();
      expect(root.dataset.theme).toBeUndefined();
      localStorage.setItem('cadence.theme', 'theme_unknown');
      new Function(themeInit)();
      expect(root.dataset.theme).toBeUndefined();
    }
  });
});
