// Applies the saved theme and accent before the first paint (an external file: the CSP forbids inline scripts).
// A theme bought in the Market (lib/appearance.ts `purchasedThemes`) follows the device's mode with its own palette.
(() => {
  try {
    const theme = localStorage.getItem('cadence.theme') || 'system';
    const accent = localStorage.getItem('cadence.accent') || 'violet';
    const dark = theme === 'dark' || (theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
    const root = document.documentElement;
    root.classList.toggle('dark', dark);
    root.style.colorScheme = dark ? 'dark' : 'light';
    root.dataset.accent = accent;
    if (/^theme_(ocean|forest|sunset|midnight|vinyl)$/.test(theme)) root.dataset.theme = theme;
    else delete root.dataset.theme;
  } catch {
    // Storage may be blocked; the defaults in the stylesheet apply.
  }
})();
