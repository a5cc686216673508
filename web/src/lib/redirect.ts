/** Where the app goes after sign-in when nothing else was asked for. */
export const HOME_PATH = '/today';

// The API's rule (one leading slash, no `//`, no `/\`), and no spaces or control characters here.
const RELATIVE_PATH = /^\/(?![/\\])[^\s\p{Cc}]*$/u;

/** Returns `value` when it is a path on this site (and not an auth page), otherwise the fallback. */
export function safeRedirect(value: string | null | undefined, fallback = HOME_PATH): string {
  if (!value || value.length > 500 || !RELATIVE_PATH.test(value)) return fallback;
  const pathname = value.split(/[?#]/)[0] ?? '';
  if (pathname === '/sign-in' || pathname === '/terms') return fallback;
  return value;
}

/** The sign-in path that returns to `path` afterwards. */
export function signInPath(path: string): string {
  const target = safeRedirect(path, '');
  return target ? `/sign-in?redirect=${encodeURIComponent(target)}` : '/sign-in';
}
