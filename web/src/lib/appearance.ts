import { useEffect, useSyncExternalStore } from 'react';
import type { SettingValue } from '#common/settings';
import { useSettings, useUpdateSetting } from './settings';
import { readLocal, writeLocal } from './storage';

export type Theme = SettingValue<'theme'>;
export type Accent = SettingValue<'accent'>;

export const accents: Accent[] = ['violet', 'blue', 'teal', 'green', 'amber', 'rose'];
export const baseThemes = ['light', 'dark', 'system'] as const;

/**
 * Themes bought in the Market: their keys are values of the `theme` setting, and each has its
 * palette in styles.css under `data-theme` (the names are the catalogue's).
 */
export const purchasedThemes = {
  theme_ocean: 'Ocean',
  theme_forest: 'Forest',
  theme_sunset: 'Sunset',
  theme_midnight: 'Midnight Studio',
  theme_vinyl: 'Vinyl',
} as const;
export type PurchasedTheme = keyof typeof purchasedThemes;

export const isPurchasedTheme = (theme: string | null | undefined): theme is PurchasedTheme =>
  typeof theme === 'string' && Object.hasOwn(purchasedThemes, theme);

// The same keys public/theme-init.js reads before the first paint.
const THEME_KEY = 'cadence.theme';
const ACCENT_KEY = 'cadence.accent';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const prefersDark = () => typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;

/** Light or dark for a theme setting; `system`, purchased and unknown themes follow the device. */
export function resolveScheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  if (theme === 'light' || theme === 'dark') return theme;
  return systemDark ? 'dark' : 'light';
}

export const cachedTheme = (): Theme => readLocal(THEME_KEY) ?? 'system';
export const cachedAccent = (): Accent => {
  const value = readLocal(ACCENT_KEY);
  return accents.includes(value as Accent) ? (value as Accent) : 'violet';
};

/**
 * Sets the document's scheme, accent and purchased theme (`data-theme`, absent for light, dark
 * and system), and caches them for the next page load.
 */
export function applyAppearance(theme: Theme, accent: Accent): void {
  const scheme = resolveScheme(theme, prefersDark());
  const root = document.documentElement;
  root.classList.toggle('dark', scheme === 'dark');
  root.style.colorScheme = scheme;
  root.dataset.accent = accent;
  if (isPurchasedTheme(theme)) root.dataset.theme = theme;
  else delete root.dataset.theme;
  writeLocal(THEME_KEY, theme);
  writeLocal(ACCENT_KEY, accent);
}

function subscribeToSystem(callback: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const media = matchMedia(DARK_QUERY);
  media.addEventListener('change', callback);
  return () => media.removeEventListener('change', callback);
}

/** Whether the device currently prefers dark; updates live. */
export function useSystemDark(): boolean {
  return useSyncExternalStore(subscribeToSystem, prefersDark, () => false);
}

/**
 * The user's theme and accent from their settings (falling back to the cached ones), with
 * setters that apply at once and save to the server.
 */
export function useAppearance(enabled = true) {
  const settings = useSettings(enabled);
  const update = useUpdateSetting();
  const systemDark = useSystemDark();
  const theme = settings.data?.theme ?? cachedTheme();
  const accent = settings.data?.accent ?? cachedAccent();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `system` resolves differently when the device flips
  useEffect(() => {
    applyAppearance(theme, accent);
  }, [theme, accent, systemDark]);

  return {
    theme,
    accent,
    scheme: resolveScheme(theme, systemDark),
    /** Applies at once and saves; a refusal puts the old one back (and says why in a toast). */
    setTheme: (value: Theme, onSaved?: () => void) =>
      update.mutate({ key: 'theme', value }, { onSuccess: () => onSaved?.() }),
    setAccent: (value: Accent) => update.mutate({ key: 'accent', value }),
  };
}
