import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Outlet, useLocation, useNavigation } from 'react-router';
import { useAppearance } from '@/lib/appearance';
import { useUser } from '@/lib/auth';
import { useEventStream } from '@/lib/events';
import { LevelUpMoment } from '@/lib/rewards';
import { visibleSections } from '../sections';
import { MobileHeader, MobileTabBar } from './mobile-nav';
import { Sidebar } from './sidebar';

// The palette is loaded the first time it opens, keeping it out of the first page's JavaScript.
const CommandPalette = lazy(() => import('../command-palette').then((m) => ({ default: m.CommandPalette })));
// Quick capture (⌘I) is loaded the first time it opens, for the same reason.
const QuickCaptureDialog = lazy(() =>
  import('@/features/inbox/components/quick-capture-dialog').then((m) => ({ default: m.QuickCaptureDialog })),
);

/** The signed-in shell: skip link, sidebar (or phone bars), the page, and the command palette. */
export function AppLayout() {
  const user = useUser();
  const sections = visibleSections(user.permissions);
  useAppearance(); // loads the user's theme and accent and applies them
  useEventStream(); // real-time changes and rewards from every device
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [paletteUsed, setPaletteUsed] = useState(false);

  const openPalette = useCallback(() => {
    setPaletteUsed(true);
    setPaletteOpen(true);
  }, []);
  const [captureOpen, setCaptureOpen] = useState(false);
  const [captureUsed, setCaptureUsed] = useState(false);
  const openCapture = useCallback(() => {
    setCaptureUsed(true);
    setCaptureOpen(true);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setPaletteUsed(true);
        setPaletteOpen((o) => !o);
      } else if ((e.metaKey || e.ctrlKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'i') {
        e.preventDefault();
        setPaletteOpen(false);
        openCapture();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openCapture]);

  // After moving to another page, put keyboard and screen-reader focus at the new content.
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname !== firstPath.current) main.current?.focus({ preventScroll: false });
  }, [pathname]);

  return (
    <div className="min-h-dvh bg-canvas text-fg">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-accent px-3 py-2 text-sm font-medium text-accent-fg focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>
      {navigation.state === 'loading' && (
        <div role="progressbar" aria-label="Loading page" className="fixed inset-x-0 top-0 z-50 h-0.5 overflow-hidden">
          <div className="h-full w-1/3 animate-[cadence-progress_1s_ease-in-out_infinite] bg-accent" />
        </div>
      )}
      <div className="flex">
        <Sidebar sections={sections} onOpenPalette={openPalette} />
        <div className="flex min-w-0 flex-1 flex-col">
          <MobileHeader onOpenPalette={openPalette} />
          <main
            id="main"
            ref={main}
            tabIndex={-1}
            className="flex-1 px-4 pt-6 pb-24 outline-none sm:px-8 sm:pt-10 md:pb-12 lg:px-12"
          >
            <Outlet />
          </main>
        </div>
      </div>
      <MobileTabBar sections={sections} />
      <LevelUpMoment />
      {paletteUsed && (
        <Suspense fallback={null}>
          <CommandPalette
            open={paletteOpen}
            onOpenChange={setPaletteOpen}
            sections={sections}
            onQuickCapture={openCapture}
          />
        </Suspense>
      )}
      {captureUsed && (
        <Suspense fallback={null}>
          <QuickCaptureDialog open={captureOpen} onClose={() => setCaptureOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
